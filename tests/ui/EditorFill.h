#pragma once

#include "editor/InvoiceEditor.h"
#include "editor/InvoiceLinesModel.h"
#include "support/Samples.h"

#include <QLineEdit>
#include <QTest>

namespace Kurier::Test {

// A buyer and two lines (23 % and 8 %), as a user types them.
inline void fillEditor(InvoiceEditor &editor)
{
    editor.buyerNipEdit()->setText(Test::kBuyerNip);
    editor.buyerNameEdit()->setText(QStringLiteral("Hurtownia Odbiorca sp. z o.o."));
    InvoiceLinesModel *lines = editor.lines();
    QCOMPARE(lines->rowCount(), 1); // a new invoice starts with one line
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::NameColumn), QStringLiteral("Konsultacje"),
                           Qt::EditRole));
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::QuantityColumn), QStringLiteral("2"),
                           Qt::EditRole));
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::PriceColumn), QStringLiteral("100,00"),
                           Qt::EditRole));
    QVERIFY(
        lines->setData(lines->index(0, InvoiceLinesModel::RateColumn), QStringLiteral("23"), Qt::EditRole));
    const int second = lines->addLine();
    QVERIFY(lines->setData(lines->index(second, InvoiceLinesModel::NameColumn), QStringLiteral("Książka"),
                           Qt::EditRole));
    QVERIFY(lines->setData(lines->index(second, InvoiceLinesModel::QuantityColumn), QStringLiteral("3"),
                           Qt::EditRole));
    QVERIFY(lines->setData(lines->index(second, InvoiceLinesModel::PriceColumn), QStringLiteral("10,5"),
                           Qt::EditRole));
    QVERIFY(lines->setData(lines->index(second, InvoiceLinesModel::RateColumn), QStringLiteral("8"),
                           Qt::EditRole));
}

} // namespace Kurier::Test
