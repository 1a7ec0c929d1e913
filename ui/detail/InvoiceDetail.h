#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Kurier {

class DesktopSession;
class DocumentView;
class Prompts;

// One invoice in full: a header (number, state, KSeF number with copy), its timeline from the audit log
// (every attempt, status and error with its trace id), the XML exactly as sent (read-only, highlighted), the
// UPO's key fields and raw document, and a page kept for the PDF view (the visualisation issue fills it).
class InvoiceDetail : public QWidget
{
    Q_OBJECT

public:
    InvoiceDetail(DesktopSession &session, Prompts &prompts, QWidget *parent = nullptr);

    void showItem(qint64 id); // 0 clears
    qint64 currentId() const { return m_id; }
    void reload() { showItem(m_id); }

    // For tests and screenshots.
    QTabWidget *tabs() const { return m_tabs; }
    QString upoText() const;

    // The printable invoice and UPO (PDF).
    DocumentView *documentPage() const { return m_documentPage; }

private:
    void clear();

    DesktopSession &m_session;
    qint64 m_id = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_ksefNumber = nullptr;
    QPushButton *m_copy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    QLabel *m_upoSummary = nullptr;
    QPlainTextEdit *m_upoRaw = nullptr;
    DocumentView *m_documentPage = nullptr;
};

} // namespace Kurier
