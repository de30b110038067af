// The chain paper's coexisting chaotic and period-4 attractors (issue 19 point 5), as a user runs
// the built-in example `paper-chain-coexisting` with `neurodyn-cli run`: at the study's own k0 =
// 0.009 the atlas finds a period-4 attractor and two chaotic ones, with the basin fractions
// docs/papers.md gives (each within its standard error), and the period-4 attractor is lost
// between k0 = 0.018 and 0.021.
#include "runfolder.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ndtest::cli;
using ndtest::Run;

class TestCliChainCoexisting : public QObject {
    Q_OBJECT
private slots:
    void periodFourCoexistsWithChaos();

private:
    QTemporaryDir m_dir;
};

void TestCliChainCoexisting::periodFourCoexistsWithChaos()
{
    const QString path = m_dir.filePath("chain.json");
    QCOMPARE(cli({"example", "paper-chain-coexisting", path}).code, 0);
    const QString out = m_dir.filePath("chain-out");
    const Run r = cli({"run", path, "--out", out, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray values = ndtest::jsonFile(out + "/attractors.json").value("values").toArray();
    QCOMPARE(values.size(), 8);
    const QJsonObject v = values[3].toObject();
    QVERIFY(std::fabs(v.value("parameter_value").toDouble() - 0.009) < 1e-12);

    // docs/papers.md: period 4 with 0.5375, chaotic with 0.425 (exponent 0.56) and 0.0375 (0.42).
    int periodFour = 0, chaotic = 0;
    double total = 0;
    for (const QJsonValue e : v.value("attractors").toArray()) {
        const QJsonObject a = e.toObject();
        const double f = a.value("fraction").toDouble(), err = a.value("fraction_error").toDouble();
        total += f;
        // The standard error is sqrt(p (1 - p) / N) over the N = 400 initial states.
        QVERIFY(std::fabs(err - std::sqrt(f * (1 - f) / 400)) < 1e-12);
        const QJsonArray lo = a.value("box").toObject().value("min").toArray();
        const QJsonArray hi = a.value("box").toObject().value("max").toArray();
        if (a.value("class").toString() == "periodic") {
            QCOMPARE(a.value("period").toInt(), 4);
            QVERIFY2(std::fabs(f - 0.5375) <= err, qPrintable(QString::number(f)));
            // On a cycle the Rulkov node's slow y (state 3) returns to itself: y' - y =
            // -mu (x - sigma) sums to 0 over the cycle, so y moves by at most mu * max|x - sigma| * 4
            // within it (mu = 0.001, |x - sigma| < 2 on the box).
            QVERIFY(hi[3].toDouble() - lo[3].toDouble() < 0.008);
            ++periodFour;
        } else {
            QCOMPARE(a.value("class").toString(), QString("chaotic"));
            const double lyapunov = a.value("lyapunov").toDouble();
            QVERIFY(lyapunov > 0.3);
            const double documented = lyapunov > 0.5 ? 0.425 : 0.0375;
            QVERIFY2(std::fabs(f - documented) <= err, qPrintable(QString::number(f)));
            ++chaotic;
        }
    }
    QCOMPARE(periodFour, 1);
    QCOMPARE(chaotic, 2);
    QVERIFY(std::fabs(total + v.value("escaped_fraction").toDouble() +
                      v.value("undecided_fraction").toDouble() - 1.0) < 1e-12);

    // The period-4 attractor exists from k0 = 0 to 0.018 and not at 0.021.
    for (int j = 0; j < 8; ++j) {
        bool found = false;
        for (const QJsonValue e : values[j].toObject().value("attractors").toArray())
            found = found || e.toObject().value("period").toInt() == 4;
        QVERIFY2(found == (j < 7), qPrintable(QString::number(j)));
    }
}

QTEST_GUILESS_MAIN(TestCliChainCoexisting)
#include "tst_cli_chaincoexisting.moc"
