#pragma once

#include "common/Prompts.h"
#include "ksef/SecretStore.h"
#include "main/DesktopSession.h"
#include "support/MemorySecretStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPrinter>
#include <QStringList>
#include <QTemporaryDir>

namespace Kurier::Test {

// Answers the desktop's questions the way a test says, and remembers what the user would have read.
class ScriptedPrompts final : public Prompts
{
public:
    bool answer = true;      // for confirm()
    int choice = 0;          // for choose(): the option's index, -1 cancels
    QStringList choices;     // texts asked
    QStringList filesToOpen; // for openFiles()
    QString directoryToOpen; // for openDirectory()
    QString fileToSave;      // for saveFile()
    QString printToFile;     // for choosePrinter(): print into this PDF file (empty: cancel)
    QString textAnswer;      // for askText()
    QString secretAnswer;    // for askSecret()
    QStringList textQuestions;
    QStringList confirmations; // texts asked
    QStringList warnings;      // title: text
    QStringList informations;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmations << text;
        return answer;
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    void warn(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    QStringList openFiles(QWidget *, const QString &, const QString &) override { return filesToOpen; }
    int choose(QWidget *, const QString &, const QString &text, const QStringList &) override
    {
        choices << text;
        return choice;
    }
    QList<int> chosenItems; // for chooseMany()
    QStringList itemsOffered;
    QList<int> chooseMany(QWidget *, const QString &, const QString &, const QStringList &items,
                          const QString &) override
    {
        itemsOffered << items;
        return chosenItems;
    }
    QString openDirectory(QWidget *, const QString &) override { return directoryToOpen; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileToSave;
    }
    QString askText(QWidget *, const QString &, const QString &label) override
    {
        textQuestions << label;
        return textAnswer;
    }
    QString askSecret(QWidget *, const QString &, const QString &label) override
    {
        textQuestions << label;
        return secretAnswer;
    }
    bool choosePrinter(QWidget *, QPrinter &printer) override
    {
        if (printToFile.isEmpty()) {
            return false;
        }
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printToFile);
        return true;
    }
};

// A request to the sandbox emulator's control API (/_emulator/...) at the origin of `baseUrl`; its JSON
// answer.
inline QJsonObject sandboxControl(const QUrl &baseUrl, const QByteArray &method, const QString &path,
                                  const QJsonObject &body = {})
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/_emulator") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// A desktop session over a temporary folder (settings, databases), with the emulator program for the sandbox.
inline std::unique_ptr<DesktopSession> makeSession(const QString &folder, const Clock &clock,
                                                   SecretStore &secrets, const QString &emulator = {})
{
    return std::make_unique<DesktopSession>(
        DesktopSession::Paths{QDir(folder).filePath(QStringLiteral("kurier.ini")), folder, emulator}, clock,
        secrets);
}

// What every desktop test keeps: a folder of its own, the clock, a keychain in memory, scripted prompts and
// the session (made by the test, with makeSession).
class DesktopTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    MemorySecretStore m_secrets;
    ScriptedPrompts m_prompts;
    std::unique_ptr<DesktopSession> m_session;
};

} // namespace Kurier::Test
