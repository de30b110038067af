// neurodyn-cli import-ode and simulate --model-file as a user runs them, on the .ode files of
// tests/engine/xpp: the imported Chialvo map simulates exactly like the built-in one (same
// parameters and initial state in the file), the study and the model text it writes read back
// to the same trajectory, every untranslated line is on stderr with its line number, and a file
// without a model exits 2 with the reason.
#include "clirun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ndtest::cli;
using ndtest::Run;

namespace {

QString data(const char* name)
{
    return QStringLiteral(NEURODYN_XPP_DIR "/") + QLatin1String(name);
}

// The numbers of a CSV, row after row (the header must match).
std::vector<double> numbers(const QByteArray& csv, const QByteArray& header)
{
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    if (lines.isEmpty() || lines.first() != header)
        return {};
    std::vector<double> out;
    for (qsizetype i = 1; i < lines.size(); ++i)
        for (const QByteArray& f : lines[i].split(','))
            out.push_back(f.toDouble());
    return out;
}

bool close(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size() || a.empty())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-12 * (1 + std::abs(b[i])))
            return false;
    return true;
}

} // namespace

class TestCliImportOde : public QObject {
    Q_OBJECT
private slots:
    void simulateModelFileMatchesBuiltIn();
    void importWritesAStudy();
    void untranslatedLinesOnStderr();
    void nothingUsableExitsTwo();
    void optionErrors();
    void modelsShowsTheFilesModel();
};

void TestCliImportOde::simulateModelFileMatchesBuiltIn()
{
    const Run builtin = cli({"simulate", "--model", "chialvo", "--samples", "200"});
    QCOMPARE(builtin.code, 0);
    const Run typed = cli({"simulate", "--model-file", data("chialvo.ode"), "--samples", "200"});
    QCOMPARE(typed.code, 0);
    QVERIFY(close(numbers(typed.out, "step,x,y"), numbers(builtin.out, "step,x,y")));
    // The @ line is noted on stderr; the rest of the file is the model.
    QVERIFY2(typed.err.contains("chialvo.ode: line 7:"), typed.err.constData());
    // --model equations is the same; a parameter set by name reaches the typed model.
    const Run b18 = cli({"simulate", "--model", "chialvo", "--param", "b=0.18", "--samples", "50"});
    const Run t18 = cli({"simulate", "--model", "equations", "--model-file", data("chialvo.ode"), "--param",
                         "b=0.18", "--samples", "50"});
    QCOMPARE(t18.code, 0);
    QVERIFY(close(numbers(t18.out, "step,x,y"), numbers(b18.out, "step,x,y")));
}

void TestCliImportOde::importWritesAStudy()
{
    QTemporaryDir dir;
    const QString study = dir.filePath("rulkov.json");
    const Run r = cli({"import-ode", data("rulkov.ode"), study});
    QCOMPARE(r.code, 0);
    QFile f(study);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value("format").toString(), QString("neurodyn-study"));
    QCOMPARE(root.value("title").toString(), QString("rulkov"));
    // The study simulates like the built-in Rulkov map (same parameters and initial state).
    const Run fromStudy = cli({"simulate", "--study", study, "--samples", "100"});
    QCOMPARE(fromStudy.code, 0);
    const Run builtin = cli({"simulate", "--model", "rulkov", "--samples", "100"});
    QVERIFY(close(numbers(fromStudy.out, "step,x,y"), numbers(builtin.out, "step,x,y")));
    // The model text, to stdout, read back by --model-file: the same trajectory again.
    const Run text = cli({"import-ode", "--model-text", data("rulkov.ode")});
    QCOMPARE(text.code, 0);
    const QString model = dir.filePath("rulkov.txt");
    QFile m(model);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(text.out);
    m.close();
    const Run fromText = cli({"simulate", "--model-file", model, "--samples", "100"});
    QCOMPARE(fromText.code, 0);
    QVERIFY(close(numbers(fromText.out, "step,x,y"), numbers(builtin.out, "step,x,y")));
    QVERIFY(fromText.err.isEmpty());
}

void TestCliImportOde::untranslatedLinesOnStderr()
{
    const Run r = cli({"import-ode", data("untranslatable.ode")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\"neurodyn-study\""));
    for (int line : {3, 5, 6, 7, 8, 10, 11})
        QVERIFY2(r.err.contains(QStringLiteral("untranslatable.ode: line %1: ").arg(line).toUtf8()),
                 qPrintable(QStringLiteral("line %1 missing in:\n").arg(line) + QString::fromUtf8(r.err)));
    QVERIFY(r.err.contains("ran(1)"));
    QVERIFY(!r.err.contains("line 9:")); // aux good = 2*x was translated
}

void TestCliImportOde::nothingUsableExitsTwo()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath("empty.ode");
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# parameters only\npar a=1\n@ total=10\n");
    f.close();
    const Run r = cli({"import-ode", empty, dir.filePath("out.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no equation"));
    QVERIFY(r.err.contains("line 3:")); // the @ line is still reported
    QVERIFY(!QFile::exists(dir.filePath("out.json")));
}

void TestCliImportOde::optionErrors()
{
    QCOMPARE(cli({"import-ode"}).code, 2);
    QCOMPARE(cli({"import-ode", data("chialvo.ode"), "a.json", "b.json"}).code, 2);
    QCOMPARE(cli({"import-ode", "/nonexistent/model.ode"}).code, 2);
    const Run both = cli({"simulate", "--model", "chialvo", "--model-file", data("chialvo.ode")});
    QCOMPARE(both.code, 2);
    QVERIFY(both.err.contains("--model must be equations"));
    const Run none = cli({"simulate", "--model", "equations"});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains("--model-file"));
    QVERIFY(cli({"models", "chialvo", "--model-file", data("chialvo.ode")}).code == 2);
    QVERIFY(cli({"--help"}).out.contains("import-ode"));
    QVERIFY(cli({"simulate", "--help"}).out.contains("--model-file"));
}

// `models --model-file` lists what the import read: the variables and the parameters with the
// file's values.
void TestCliImportOde::modelsShowsTheFilesModel()
{
    const Run r = cli({"models", "--model-file", data("lorenz.ode")});
    QCOMPARE(r.code, 0);
    for (const char* word : {"x", "y", "z", "s", "r"})
        QVERIFY2(r.out.contains(word), r.out.constData());
    QVERIFY(r.out.contains("28"));
    QVERIFY(r.err.contains("line 10:")); // the @ line
}

QTEST_GUILESS_MAIN(TestCliImportOde)
#include "tst_cli_importode.moc"
