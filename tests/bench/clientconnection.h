#pragma once

#include "core/providers/httpresponseparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace Bench {

/**
 * One keep-alive HTTP/1.1 client connection to 127.0.0.1 that sends a fixed request and times its
 * response: when it was sent, when the head arrived, when each SSE event ("\n\n") arrived, when it
 * ended. A response that asks to close makes the next send() reconnect.
 */
class ClientConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    struct Response
    {
        bool ok = false;           // a complete response arrived (any status)
        int status = 0;
        qint64 sentNs = 0;
        qint64 headNs = 0;
        qint64 doneNs = 0;
        QList<qint64> eventNs;     // arrival of each SSE event, when recording events
    };
    using FinishedHandler = std::function<void(ClientConnection *, const Response &)>;
    using HeadHandler = std::function<void(ClientConnection *)>;

    ClientConnection(quint16 port, QByteArray request, bool recordEvents, QObject *parent = nullptr);
    ~ClientConnection() override;

    void setFinishedHandler(FinishedHandler handler) { m_onFinished = std::move(handler); }
    void setHeadHandler(HeadHandler handler) { m_onHead = std::move(handler); }

    /** Sends the request (connecting first if needed); one request in flight at a time. */
    void send();
    /** Drops the connection at once (RST), abandoning a response in flight. */
    void abort();

private:
    void handleConnected();
    void handleReadyRead();
    void handleDisconnected();
    void writeRequest();
    void countEvents(QByteArrayView body);
    void finish(bool ok);

    quint16 m_port;
    QByteArray m_request;
    bool m_recordEvents;
    QTcpSocket *m_socket;
    Providers::HttpResponseParser m_parser;
    FinishedHandler m_onFinished;
    HeadHandler m_onHead;
    Response m_response;
    qint64 m_readNs = 0;       // when the bytes being parsed arrived
    bool m_inFlight = false;
    bool m_pendingWrite = false;
    bool m_headSeen = false;
    bool m_lastWasNewline = false;
};

} // namespace Bench
