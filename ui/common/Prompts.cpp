#include "common/Prompts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kurier {

Q_LOGGING_CATEGORY(lcPrompts, "kurier.ui")

bool WidgetPrompts::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

int WidgetPrompts::choose(QWidget *parent, const QString &title, const QString &text,
                          const QStringList &options)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> buttons;
    for (const QString &option : options) {
        buttons.append(box.addButton(option, QMessageBox::AcceptRole));
    }
    box.addButton(QMessageBox::Cancel);
    if (!buttons.isEmpty()) {
        box.setDefaultButton(buttons.first());
    }
    box.exec();
    return static_cast<int>(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

QList<int> WidgetPrompts::chooseMany(QWidget *parent, const QString &title, const QString &text,
                                     const QStringList &items, const QString &accept)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    for (const QString &item : items) {
        auto *entry = new QListWidgetItem(item, list);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(accept, QDialogButtonBox::AcceptRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QList<int> checked;
    if (dialog.exec() == QDialog::Accepted) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                checked.append(i);
            }
        }
    }
    return checked;
}

void WidgetPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetPrompts::warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    // What the user was told goes to the log too (no secrets ever reach a message).
    qCWarning(lcPrompts).noquote() << title << "—" << text;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    box.exec();
}

QStringList WidgetPrompts::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString WidgetPrompts::openDirectory(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

QString WidgetPrompts::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool WidgetPrompts::choosePrinter(QWidget *parent, QPrinter &printer)
{
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

QString WidgetPrompts::askText(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

QString WidgetPrompts::askSecret(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? text : QString();
}

} // namespace Kurier
