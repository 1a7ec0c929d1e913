#pragma once

#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace Kurier {

// Every question and message box the desktop shows goes through here, so that widget tests can answer them
// (a scripted Prompts) and read what the user would have seen. WidgetPrompts is the real one.
class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text,
                      const QString &details = {}) = 0;
    virtual QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString openDirectory(QWidget *parent, const QString &title) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                             const QString &filter) = 0;
    // The print dialog: false when the user cancels.
    virtual bool choosePrinter(QWidget *parent, QPrinter &printer) = 0;
    // A line of text from the user (e.g. why a problem is resolved); empty when cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label) = 0;
    // A password (not shown while typed); empty when cancelled.
    virtual QString askSecret(QWidget *parent, const QString &title, const QString &label) = 0;
    // One of `options` (button texts, the first is the default): its index, or -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &options) = 0;
    // Some of `items` (a list with check boxes, none checked at first): the indexes checked when the user
    // presses `accept`; empty when cancelled.
    virtual QList<int> chooseMany(QWidget *parent, const QString &title, const QString &text,
                                  const QStringList &items, const QString &accept) = 0;
};

class WidgetPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text, const QString &details) override;
    QStringList openFiles(QWidget *parent, const QString &title, const QString &filter) override;
    QString openDirectory(QWidget *parent, const QString &title) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter) override;
    bool choosePrinter(QWidget *parent, QPrinter &printer) override;
    QString askText(QWidget *parent, const QString &title, const QString &label) override;
    QString askSecret(QWidget *parent, const QString &title, const QString &label) override;
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &options) override;
    QList<int> chooseMany(QWidget *parent, const QString &title, const QString &text,
                          const QStringList &items, const QString &accept) override;
};

} // namespace Kurier
