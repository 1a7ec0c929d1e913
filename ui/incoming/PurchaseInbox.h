#pragma once

#include "incoming/IncomingInvoice.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kurier {

class DesktopSession;
class IncomingStore;
class Prompts;
class PurchaseModel;

// The inbox of purchase invoices: what KSeF keeps where this company is the buyer, synchronised by the worker
// every 15 minutes or more (and on "Synchronise now"). New invoices are marked until looked at; each can be
// saved as its original XML or as a PDF (rendered off the UI thread).
class PurchaseInbox : public QWidget
{
    Q_OBJECT

public:
    PurchaseInbox(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);
    ~PurchaseInbox() override;

    void refresh();
    void attachSession(); // after a company opened
    void detachSession(); // before its database closes

    // The user's actions (also the buttons).
    void synchroniseNow();
    void markAllRead();
    void markSelectedRead();
    void saveSelectedXml();
    void exportSelectedPdf();

    int newCount() const { return m_newCount; }
    QTableView *table() const { return m_table; }
    PurchaseModel *model() const { return m_model; }
    QString statusText() const;

signals:
    void newCountChanged(int count);
    void synchronised(bool ok, const QString &message);

private:
    void updateButtons();
    QStringList selectedNumbers() const;
    // The one selected invoice with its XML; a message (titled `title`) when there is none.
    std::optional<IncomingInvoice> selectedWithXml(const QString &title);

    DesktopSession &m_session;
    Prompts &m_prompts;
    const IncomingStore *m_store = nullptr; // the session's (read only; writes go through the worker)
    PurchaseModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_newOnly = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_readAll = nullptr;
    QPushButton *m_saveXml = nullptr;
    QPushButton *m_savePdf = nullptr;
    QFutureWatcher<std::pair<QByteArray, QString>> m_pdf; // bytes or an error
    QString m_pdfPath;
    QList<QMetaObject::Connection> m_workerConnections;
    int m_newCount = 0;
};

} // namespace Kurier
