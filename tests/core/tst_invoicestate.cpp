#include "domain/InvoiceState.h"

#include <QTest>

using namespace Kurier;
using S = InvoiceState;

class TestInvoiceState : public QObject
{
    Q_OBJECT

private slots:
    void allowsTheHappyPath()
    {
        const QList<S> path{S::Draft,      S::Queued,   S::Sending,  S::Submitted,
                            S::Processing, S::Accepted, S::Confirmed};
        for (qsizetype i = 1; i < path.size(); ++i) {
            QVERIFY2(isTransitionAllowed(path[i - 1], path[i]), qPrintable(invoiceStateKey(path[i])));
        }
    }

    void finalStatesHaveNoWayOut()
    {
        for (const S from : {S::Confirmed, S::Cancelled}) {
            QVERIFY(isFinal(from));
            for (const S to : kAllInvoiceStates) {
                QVERIFY(!isTransitionAllowed(from, to));
            }
        }
    }

    // Once anything may have reached KSeF, the invoice can no longer be cancelled or edited: a correction is
    // a new invoice.
    void nothingSentCanBeCancelledOrEdited()
    {
        for (const S from : {S::Sending, S::Submitted, S::Processing, S::Accepted}) {
            QVERIFY(!isTransitionAllowed(from, S::Cancelled));
            QVERIFY(!isTransitionAllowed(from, S::Draft));
            QVERIFY(!isEditable(from));
        }
        QVERIFY(isEditable(S::Draft));
        QVERIFY(isEditable(S::Queued));
    }

    void acceptedInvoicesAreNeverResent()
    {
        QVERIFY(!isTransitionAllowed(S::Accepted, S::Queued));
        QVERIFY(!isTransitionAllowed(S::Accepted, S::Sending));
        QVERIFY(!isTransitionAllowed(S::Confirmed, S::Queued));
        QVERIFY(isTransitionAllowed(S::Accepted, S::Confirmed));
    }

    void noStateLoopsOntoItself()
    {
        for (const S s : kAllInvoiceStates) {
            QVERIFY(!isTransitionAllowed(s, s));
        }
    }

    void keysRoundTrip()
    {
        for (const S s : kAllInvoiceStates) {
            QCOMPARE(invoiceStateFromKey(invoiceStateKey(s)), std::optional<S>(s));
            QVERIFY(!invoiceStateName(s).isEmpty());
        }
        QVERIFY(!invoiceStateFromKey(u"lost").has_value());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceState)
#include "tst_invoicestate.moc"
