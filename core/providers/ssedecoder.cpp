#include "core/providers/ssedecoder.h"

#include <utility>

namespace Providers {

namespace {

qsizetype findLineEnd(QByteArrayView bytes, qsizetype from)
{
    const char *begin = bytes.data();
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const char c = begin[i];
        if (c == '\n' || c == '\r')
            return i;
    }
    return -1;
}

} // namespace

void SseDecoder::reset()
{
    *this = SseDecoder();
}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_error || bytes.isEmpty())
        return out;

    qsizetype pos = 0;
    if (m_skipLf) {
        m_skipLf = false;
        if (bytes.front() == '\n') {
            m_raw.append('\n');
            pos = 1;
        }
    }

    while (pos < bytes.size()) {
        const qsizetype end = findLineEnd(bytes, pos);
        if (end < 0) {
            const QByteArrayView rest = bytes.sliced(pos);
            m_line.append(rest);
            m_raw.append(rest);
            break;
        }
        qsizetype endLength = 1;
        if (bytes[end] == '\r') {
            if (end + 1 < bytes.size()) {
                if (bytes[end + 1] == '\n')
                    endLength = 2;
            } else {
                m_skipLf = true; // CR LF split across pieces: swallow the LF when it comes
            }
        }
        m_raw.append(bytes.sliced(pos, end + endLength - pos));
        if (m_line.isEmpty()) {
            processLine(bytes.sliced(pos, end - pos), out);
        } else {
            m_line.append(bytes.sliced(pos, end - pos));
            processLine(m_line, out);
            m_line.clear();
        }
        pos = end + endLength;
    }

    if (m_raw.size() > MaxBlockBytes) {
        m_error = true;
        m_line.clear();
        m_raw.clear();
    }
    return out;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    // The stream may start with a UTF-8 byte order mark, which is not part of the first line.
    if (m_atStreamStart) {
        m_atStreamStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. ": OPENROUTER PROCESSING" keep-alives

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1); // one leading space is part of the syntax, not the value
    }

    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_sawData = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    }
    // "retry" and unknown fields are ignored: the gateway never reconnects on the client's behalf.
}

void SseDecoder::dispatch(QList<SseEvent> &out)
{
    SseEvent block;
    block.raw = std::exchange(m_raw, {});
    block.id = m_lastEventId;
    if (m_sawData) {
        block.hasData = true;
        block.type = m_type;
        block.data = std::exchange(m_data, {});
        block.data.chop(1); // the spec removes the final LF of the data buffer
    }
    m_type.clear();
    m_data.clear();
    m_sawData = false;
    out.append(std::move(block));
}

} // namespace Providers
