#pragma once

#include <QDialog>

namespace Kurier {

// The first start: try Kurier in the sandbox (a local KSeF emulator, a demo company, demo invoices — nothing
// leaves the computer) or set up a real company.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        Sandbox,
        SetUpCompany,
    };
    explicit FirstRunDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};

} // namespace Kurier
