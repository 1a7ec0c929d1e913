#include "fakes/FakeNetwork.h"

#include <QTimer>

namespace Kurier::Test {

namespace {
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
              const FakeNetwork::Canned &canned, QObject *parent)
        : QNetworkReply(parent)
        , m_body(canned.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, canned.status);
        for (const auto &[name, value] : canned.headers) {
            setRawHeader(name, value);
        }
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, status = canned.status] {
            if (status >= 400) {
                setError(QNetworkReply::UnknownServerError, QStringLiteral("HTTP %1").arg(status));
                emit errorOccurred(error());
            }
            setFinished(true);
            emit metaDataChanged();
            emit readyRead();
            emit finished();
        });
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_offset);
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};
} // namespace

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *)
{
    m_requests.append(request);
    const Canned canned = m_replies.isEmpty() ? Canned{599, {}, "no canned reply"} : m_replies.dequeue();
    return new FakeReply(request, op, canned, this);
}

} // namespace Kurier::Test
