#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQueue>

namespace Kurier::Test {

// A network layer that answers with canned replies, for reply shapes a real KSeF (or the emulator) does not
// produce on demand: truncated JSON, HTML with 200, unknown content types, wrong hashes. Each request takes
// the next canned reply; the requests are kept for inspection.
class FakeNetwork : public QNetworkAccessManager
{
public:
    struct Canned
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    void enqueue(Canned reply) { m_replies.enqueue(std::move(reply)); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QQueue<Canned> m_replies;
    QList<QNetworkRequest> m_requests;
};

} // namespace Kurier::Test
