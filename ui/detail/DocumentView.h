#pragma once

#include "AmountInWords.h"
#include "outbox/OutboxItem.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QWidget>

#include <expected>
#include <optional>

class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace Kurier {

class PagedDocument;
class Prompts;

// The printable invoice and its UPO in the detail pane: rendered to PDF on a worker thread (the window
// stays responsive for long invoices), shown with QtPdf, and printed, saved or opened in the system's PDF
// viewer from there.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Invoice,
        Upo,
    };
    using Rendered = std::expected<QByteArray, QString>;

    explicit DocumentView(Prompts &prompts, QWidget *parent = nullptr);
    ~DocumentView() override;

    void setItem(const OutboxItem &item); // with its XML and UPO loaded
    void clear();

    void setKind(Kind kind);
    void setLanguage(DocumentLanguage language);
    Kind kind() const;

    // The user's actions (also on the buttons and shortcuts).
    void print();
    void save();
    void openInSystemViewer();

    // For tests: the PDF shown now, and the document that shows it.
    QByteArray currentPdf() const { return m_pdf; }
    QPdfDocument *pdfDocument() const { return m_document; }
    QString statusText() const;

signals:
    void rendered(); // the current choice is on screen (or failed: statusText says why)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void finished();
    QString signature() const; // what the current choice shows: item, its KSeF number and UPO, kind, language
    // The PDF of the current choice: the one on screen, or rendered now when the pane has not shown it.
    std::expected<QByteArray, QString> currentBytes() const;
    void updateActions();
    std::expected<std::unique_ptr<PagedDocument>, QString> buildDocument() const;
    QString suggestedFileName() const;
    DocumentLanguage language() const;

    Prompts &m_prompts;
    std::optional<OutboxItem> m_item;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QPdfView *m_view = nullptr;
    QPdfDocument *m_document = nullptr;
    QBuffer m_buffer;
    QByteArray m_pdf;
    QString m_shown;     // signature() of what m_pdf shows
    QString m_rendering; // what the running job renders
    bool m_pending = false;
    QFutureWatcher<Rendered> m_watcher;
    QTemporaryDir m_openDir; // PDFs handed to the system viewer live as long as Kurier runs
};

} // namespace Kurier
