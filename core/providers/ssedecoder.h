#pragma once

#include "core/providers/sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Providers {

/**
 * Incremental text/event-stream framing (WHATWG HTML §9.2.6). Bytes may be split anywhere, even
 * between the CR and LF of a line end. Every complete block is returned with its raw bytes so the
 * gateway can relay the stream unchanged, drop a block, or forward keep-alive comments; only blocks
 * whose isEvent() is true are events in the spec's sense. Comment lines (':' first) are ignored.
 */
class SseDecoder final
{
public:
    /** A single block larger than this is a broken upstream; the decoder stops. */
    static constexpr qsizetype MaxBlockBytes = 16 * 1024 * 1024;

    /** Decodes the next bytes; returns the blocks completed by them, in order. */
    QList<SseEvent> feed(QByteArrayView bytes);

    /** Bytes received after the last complete block (an unterminated block at EOF is discarded per spec). */
    const QByteArray &pendingRaw() const { return m_raw; }
    bool hasError() const { return m_error; }
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;          // the current, unterminated line
    QByteArray m_raw;           // raw bytes of the current block
    QByteArray m_type;
    QByteArray m_data;
    QByteArray m_lastEventId;
    bool m_sawData = false;
    bool m_skipLf = false;      // the previous piece ended in CR: a leading LF completes that line end
    bool m_atStreamStart = true;
    bool m_error = false;
};

} // namespace Providers
