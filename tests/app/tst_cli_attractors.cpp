// `neurodyn-cli run` for issue 19: the basin-boundary measures in basins.json, on a typed map
// whose basins are known in closed form (the product of two cubic maps x' = 1.5 x - x^3: on
// [-1, 1]^2 the four quadrants), run in one piece and in tiles merged byte for byte; the
// study's bad measure settings refused with the field named.
#include "runfolder.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

using ndtest::cli;
using ndtest::Run;

class TestCliAttractors : public QObject {
    Q_OBJECT
private slots:
    void basinMeasuresOfTheQuadrants();
    void basinMeasuresTileLikeOnePiece();
    void badMeasureSettingsNameTheField_data();
    void badMeasureSettingsNameTheField();
    void quadrantAttractorsAlongR();
    void attractorsTileLikeOnePiece();
    void badAttractorSettingsNameTheField_data();
    void badAttractorSettingsNameTheField();
    void k4ExampleHasTwoCoexistingChaoticAttractors();
    void orbitDiagramOfTheLogisticTwoCycle();

private:
    QTemporaryDir m_dir;
};

namespace {

const char* const kCubicPair = "map\nvar x = 0.1, y = 0.1\npar r = 1.5\nx' = r*x - x^3\ny' = r*y - y^3\n";

// 40 x 40 cells on [-1, 1]^2 (no cell on the unstable axes), boxes of 3 cells.
QJsonObject quadrantStudy(const QJsonObject& measures)
{
    const QJsonObject basins{{"x", QJsonObject{{"variable", "x"}, {"from", -1.0}, {"to", 1.0}, {"count", 40}}},
                             {"y", QJsonObject{{"variable", "y"}, {"from", -1.0}, {"to", 1.0}, {"count", 40}}},
                             {"transient", 200},
                             {"window", 64},
                             {"max_period", 8},
                             {"measures", measures}};
    return QJsonObject{{"format", "neurodyn-study"},
                       {"schema_version", 4},
                       {"model", QJsonObject{{"type", "equations"},
                                             {"settings", QJsonObject{{"definition", kCubicPair}}}}},
                       {"analyses", QJsonObject{{"basins", basins}}}};
}

const QJsonObject kMeasures{{"box_size", 3},
                            {"uncertainty", QJsonObject{{"epsilons", QJsonArray{0.001, 0.002, 0.005, 0.01}},
                                                        {"samples", 20000}}},
                            {"wada", QJsonObject{{"max_refinement", 3}}}};

// The attractor atlas of the cubic pair from a 40 x 40 grid on [-1, 1]^2, along r in [1.2, 1.8]
// in steps of 0.1 (the fixed points +-sqrt(r - 1) move by at most 0.1, under the default match
// distance of 0.1 of the orbits' extent 2 sqrt(0.8); with steps of 0.2 they move by 0.185 and
// each value's fixed points would count as new attractors).
QJsonObject atlasStudy(const QJsonObject& extra, bool along = true)
{
    QJsonObject atlas{{"sampling", "grid"},
                      {"x", QJsonObject{{"variable", "x"}, {"from", -1.0}, {"to", 1.0}, {"count", 40}}},
                      {"y", QJsonObject{{"variable", "y"}, {"from", -1.0}, {"to", 1.0}, {"count", 40}}},
                      {"lyapunov_steps", 2000}};
    if (along)
        atlas.insert("along", QJsonObject{{"parameter", "r"}, {"from", 1.2}, {"to", 1.8}, {"count", 7}});
    for (auto it = extra.begin(); it != extra.end(); ++it)
        atlas.insert(it.key(), it.value());
    return QJsonObject{{"format", "neurodyn-study"},
                       {"schema_version", 4},
                       {"model", QJsonObject{{"type", "equations"},
                                             {"settings", QJsonObject{{"definition", kCubicPair}}}}},
                       {"analyses", QJsonObject{{"attractors", atlas}}}};
}

} // namespace

void TestCliAttractors::basinMeasuresOfTheQuadrants()
{
    const QString path = ndtest::writeStudy(m_dir, "quadrants", quadrantStudy(kMeasures));
    const QString out = m_dir.filePath("quadrants-out");
    const Run r = cli({"run", path, "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject m = ndtest::jsonFile(out + "/basins.json").value("measures").toObject();
    QVERIFY(!m.isEmpty());

    // Boxes of 3 over 40 cells: 13 per axis (cells 0..38). The sign changes between cells 19
    // and 20, inside box 6 (cells 18..20): 2 cells on one side, 1 on the other. Boundary boxes:
    // column 6 and row 6 (25 boxes); 24 of them split 2/3 : 1/3, box (6, 6) holds the four
    // quadrants as 4, 2, 2 and 1 of its 9 cells.
    const double h2 = std::log(3.0) - (2.0 / 3.0) * std::log(2.0);
    const double h4 = -(4.0 / 9 * std::log(4.0 / 9) + 2 * (2.0 / 9) * std::log(2.0 / 9) + 1.0 / 9 * std::log(1.0 / 9));
    QCOMPARE(m.value("box_size").toInt(), 3);
    QCOMPARE(m.value("boxes").toInt(), 169);
    QCOMPARE(m.value("boundary_boxes").toInt(), 25);
    QCOMPARE(m.value("outcomes").toInt(), 4);
    QVERIFY(std::fabs(m.value("basin_entropy").toDouble() - (24 * h2 + h4) / 169) < 1e-12);
    QVERIFY(std::fabs(m.value("boundary_basin_entropy").toDouble() - (24 * h2 + h4) / 25) < 1e-12);
    QCOMPARE(m.value("fractal_by_ln2").toBool(), false);

    // Straight boundaries x = 0 and y = 0: uncertain with probability 1 - (1 - 2 eps)^2.
    const QJsonObject u = m.value("uncertainty").toObject();
    QVERIFY(u.value("fitted").toBool());
    QCOMPARE(u.value("samples").toInt(), 20000);
    const QJsonArray eps = u.value("epsilons").toArray(), f = u.value("fractions").toArray();
    QCOMPARE(eps.size(), 4);
    for (qsizetype e = 0; e < eps.size(); ++e) {
        const double p = 1 - std::pow(1 - 2 * eps[e].toDouble(), 2);
        QVERIFY(std::fabs(f[e].toDouble() - p) < 5 * std::sqrt(p * (1 - p) / 20000));
    }
    QVERIFY(std::fabs(u.value("exponent").toDouble() - 1.0) < 0.05);
    QVERIFY(u.value("exponent_error").toDouble() > 0);

    // Four basins meeting along straight lines: not Wada (only the cells at the origin see four).
    const QJsonObject w = m.value("wada").toObject();
    QVERIFY(w.value("applicable").toBool());
    QCOMPARE(w.value("outcomes").toInt(), 4);
    // The two columns and two rows beside the axes: 4 * 40 - 4 cells.
    QCOMPARE(w.value("boundary_cells").toInt(), 156);
    QVERIFY(w.value("wada_fraction").toDouble() < 0.1);
    QCOMPARE(w.value("seen").toArray().size(), 4);

    // Without "measures" the key is absent.
    const QString plain = ndtest::writeStudy(m_dir, "plain", [] {
        QJsonObject s = quadrantStudy({});
        QJsonObject a = s.value("analyses").toObject(), b = a.value("basins").toObject();
        b.remove("measures");
        a.insert("basins", b);
        s.insert("analyses", a);
        return s;
    }());
    QCOMPARE(cli({"run", plain, "--out", m_dir.filePath("plain-out")}).code, 0);
    QVERIFY(!ndtest::jsonFile(m_dir.filePath("plain-out") + "/basins.json").contains("measures"));
}

void TestCliAttractors::basinMeasuresTileLikeOnePiece()
{
    const QString path = ndtest::writeStudy(m_dir, "quadrant-tiles", quadrantStudy(kMeasures));
    const QString single = m_dir.filePath("qt-single");
    QCOMPARE(cli({"run", path, "--out", single}).code, 0);
    QStringList files;
    const QString tiles = m_dir.filePath("qt-tiles");
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({"run", path, "--out", tiles, "--tile", QString("%1/3").arg(i)});
        QVERIFY2(r.code == 0, r.err.constData());
        files << QDir(tiles).filePath(QString("tile-%1-of-3.ndtile").arg(i));
    }
    const QString merged = m_dir.filePath("qt-merged");
    const Run m = cli(QStringList{"merge", "--out", merged} + files);
    QVERIFY2(m.code == 0, m.err.constData());
    QCOMPARE(ndtest::readAll(merged + "/basins.json"), ndtest::readAll(single + "/basins.json"));
    QCOMPARE(ndtest::readAll(merged + "/basins.csv"), ndtest::readAll(single + "/basins.csv"));
}

void TestCliAttractors::badMeasureSettingsNameTheField_data()
{
    QTest::addColumn<QJsonObject>("measures");
    QTest::addColumn<QString>("field");
    QTest::newRow("box 0") << QJsonObject{{"box_size", 0}} << "analyses.basins.measures.box_size";
    QTest::newRow("box over the grid") << QJsonObject{{"box_size", 41}} << "analyses.basins.measures.box_size";
    QTest::newRow("one eps") << QJsonObject{{"uncertainty", QJsonObject{{"epsilons", QJsonArray{0.01}}}}}
                             << "analyses.basins.measures.uncertainty.epsilons";
    QTest::newRow("eps 0") << QJsonObject{{"uncertainty", QJsonObject{{"epsilons", QJsonArray{0.0, 0.01}}}}}
                           << "analyses.basins.measures.uncertainty.epsilons";
    QTest::newRow("samples 0") << QJsonObject{{"uncertainty", QJsonObject{{"samples", 0}}}}
                               << "analyses.basins.measures.uncertainty.samples";
    QTest::newRow("refinement") << QJsonObject{{"wada", QJsonObject{{"max_refinement", 40}}}}
                                << "analyses.basins.measures.wada.max_refinement";
    QTest::newRow("unknown key") << QJsonObject{{"box", 3}} << "analyses.basins.measures: unknown field 'box'";
}

void TestCliAttractors::badMeasureSettingsNameTheField()
{
    QFETCH(QJsonObject, measures);
    QFETCH(QString, field);
    const QString path = ndtest::writeStudy(m_dir, "bad", quadrantStudy(measures));
    const Run r = cli({"run", path, "--out", m_dir.filePath("bad-out")});
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(field), r.err.constData());
}

void TestCliAttractors::quadrantAttractorsAlongR()
{
    // For 1 < r < 2 each coordinate has the stable fixed points +-sqrt(r - 1) and the sign of x
    // never changes on (-sqrt r, sqrt r), which holds [-1, 1]: four fixed points, each with the
    // quadrant as its basin, so each fraction is exactly 1/4 on the symmetric 40 x 40 grid (no
    // cell on an axis), and all four exist over the whole axis.
    const QString path = ndtest::writeStudy(m_dir, "atlas", atlasStudy({}));
    const QString out = m_dir.filePath("atlas-out");
    const Run r = cli({"run", path, "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject j = ndtest::jsonFile(out + "/attractors.json");
    QCOMPARE(j.value("parameter").toString(), QString("r"));
    const QJsonArray values = j.value("values").toArray();
    QCOMPARE(values.size(), 7);
    for (qsizetype c = 0; c < values.size(); ++c) {
        const QJsonObject v = values[c].toObject();
        const double rv = 1.2 + 0.1 * static_cast<double>(c);
        QVERIFY(std::fabs(v.value("parameter_value").toDouble() - rv) < 1e-12);
        const QJsonArray list = v.value("attractors").toArray();
        QCOMPARE(list.size(), 4);
        QCOMPARE(v.value("escaped_fraction").toDouble(), 0.0);
        const double a = std::sqrt(rv - 1.0);
        for (const QJsonValue e : list) {
            const QJsonObject at = e.toObject();
            QCOMPARE(at.value("class").toString(), QString("fixed point"));
            QCOMPARE(at.value("period").toInt(), 1);
            QCOMPARE(at.value("fraction").toDouble(), 0.25);
            // sqrt(p (1 - p) / n) with n = 1600.
            QVERIFY(std::fabs(at.value("fraction_error").toDouble() - std::sqrt(0.25 * 0.75 / 1600)) < 1e-15);
            // Decided by the period; an exponent, when given, is ln|r - 3 a^2| = ln|3 - 2 r|.
            QCOMPARE(at.value("decided_by").toString(), QString("period"));
            if (!at.value("lyapunov").isNull())
                QVERIFY(std::fabs(at.value("lyapunov").toDouble() - std::log(std::fabs(3 - 2 * rv))) < 1e-6);
            const QJsonObject box = at.value("box").toObject();
            for (int i = 0; i < 2; ++i) {
                const double lo = box.value("min").toArray()[i].toDouble(), hi = box.value("max").toArray()[i].toDouble();
                QVERIFY(std::fabs(std::fabs(lo) - a) < 1e-6 && std::fabs(hi - lo) < 1e-9);
            }
        }
    }
    const QJsonArray attractors = j.value("attractors").toArray();
    QCOMPARE(attractors.size(), 4);
    for (const QJsonValue e : attractors) {
        QCOMPARE(e.toObject().value("exists_from").toDouble(), 1.2);
        QCOMPARE(e.toObject().value("exists_to").toDouble(), 1.8);
    }
    // CSV: a header, then per value 4 attractors, undecided and escaped.
    QCOMPARE(ndtest::readAll(out + "/attractors.csv").trimmed().split('\n').size(), 1 + 7 * 6);
    ndtest::checkFigure(out + "/attractors");

    // Without an axis: the attractors at the study's r = 1.5, ids without an interval.
    const QString one = ndtest::writeStudy(m_dir, "atlas-one", atlasStudy({}, false));
    QCOMPARE(cli({"run", one, "--out", m_dir.filePath("atlas-one-out")}).code, 0);
    const QJsonObject k = ndtest::jsonFile(m_dir.filePath("atlas-one-out") + "/attractors.json");
    QVERIFY(k.value("parameter").isNull());
    QCOMPARE(k.value("values").toArray().size(), 1);
    QCOMPARE(k.value("values").toArray()[0].toObject().value("attractors").toArray().size(), 4);
    QVERIFY(k.value("attractors").toArray()[0].toObject().value("exists_from").isNull());
}

void TestCliAttractors::attractorsTileLikeOnePiece()
{
    const QString path = ndtest::writeStudy(m_dir, "atlas-tiles", atlasStudy({}));
    const QString single = m_dir.filePath("at-single");
    QCOMPARE(cli({"run", path, "--out", single}).code, 0);
    QStringList files;
    const QString tiles = m_dir.filePath("at-tiles");
    for (int i = 0; i < 3; ++i) {
        const Run r = cli({"run", path, "--out", tiles, "--tile", QString("%1/3").arg(i)});
        QVERIFY2(r.code == 0, r.err.constData());
        files << QDir(tiles).filePath(QString("tile-%1-of-3.ndtile").arg(i));
    }
    const QString merged = m_dir.filePath("at-merged");
    const Run m = cli(QStringList{"merge", "--out", merged} + files);
    QVERIFY2(m.code == 0, m.err.constData());
    QCOMPARE(ndtest::readAll(merged + "/attractors.json"), ndtest::readAll(single + "/attractors.json"));
    QCOMPARE(ndtest::readAll(merged + "/attractors.csv"), ndtest::readAll(single + "/attractors.csv"));
    QCOMPARE(ndtest::readAll(merged + "/attractors-orbits.csv"),
             ndtest::readAll(single + "/attractors-orbits.csv"));
    // A tile missing: refused, naming the value that is in no tile.
    const Run missing = cli({"merge", "--out", m_dir.filePath("at-missing"), files[0], files[2]});
    QVERIFY(missing.code != 0);
}

void TestCliAttractors::badAttractorSettingsNameTheField_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("field");
    QTest::newRow("budget") << QJsonObject{{"max_iterations", 5e9}} << "analyses.attractors.max_iterations";
    QTest::newRow("cell 0") << QJsonObject{{"cell_size", QJsonArray{0.0}}} << "analyses.attractors.cell_size";
    QTest::newRow("count 0") << QJsonObject{{"x", QJsonObject{{"variable", "x"}, {"from", -1}, {"to", 1}, {"count", 0}}}}
                             << "analyses.attractors.x.count";
    QTest::newRow("empty range") << QJsonObject{{"x", QJsonObject{{"variable", "x"}, {"from", 1}, {"to", 1}}}}
                                 << "analyses.attractors.x";
    QTest::newRow("random no box") << QJsonObject{{"sampling", "random"}} << "analyses.attractors.box_min";
    QTest::newRow("random empty box")
        << QJsonObject{{"sampling", "random"}, {"box_min", QJsonArray{0, 0}}, {"box_max", QJsonArray{1, 0}}}
        << "analyses.attractors";
    QTest::newRow("along outside")
        << QJsonObject{{"along", QJsonObject{{"parameter", "r"}, {"from", 1.0}, {"to", 5e6}, {"count", 3}}}}
        << "analyses.attractors.along";
    QTest::newRow("match 0")
        << QJsonObject{{"along", QJsonObject{{"parameter", "r"}, {"from", 1.2}, {"to", 1.8}, {"match_distance", 0}}}}
        << "analyses.attractors.along.match_distance";
    QTest::newRow("unknown") << QJsonObject{{"cells", 3}} << "analyses.attractors: unknown field 'cells'";
}

void TestCliAttractors::badAttractorSettingsNameTheField()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, field);
    const QString path = ndtest::writeStudy(m_dir, "bad-atlas", atlasStudy(extra, false));
    const Run r = cli({"run", path, "--out", m_dir.filePath("bad-atlas-out")});
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(field), r.err.constData());
}

void TestCliAttractors::k4ExampleHasTwoCoexistingChaoticAttractors()
{
    // The built-in example as a user runs it (docs/papers.md): at b = 0.0505 two chaotic
    // attractors share the grid's initial states; they are told apart by which of the two
    // heterogeneous ring nodes (x1: state 2, x2: state 4) swings over the wider range, and
    // they merge into one before b = 0.051.
    const QString path = m_dir.filePath("k4.json");
    QCOMPARE(cli({"example", "paper-k4-coexisting-chaos", path}).code, 0);
    const QString out = m_dir.filePath("k4-out");
    const Run r = cli({"run", path, "--out", out, "--no-figures"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray values = ndtest::jsonFile(out + "/attractors.json").value("values").toArray();
    QCOMPARE(values.size(), 11);
    const QJsonObject v = values[5].toObject();
    QVERIFY(std::fabs(v.value("parameter_value").toDouble() - 0.0505) < 1e-12);
    const QJsonArray list = v.value("attractors").toArray();
    QCOMPARE(list.size(), 2);
    double total = 0, widerX1 = 0;
    for (const QJsonValue e : list) {
        const QJsonObject a = e.toObject();
        QCOMPARE(a.value("class").toString(), QString("chaotic"));
        QVERIFY(a.value("lyapunov").toDouble() > 0.05);
        QVERIFY(a.value("fraction").toDouble() > 0.3);
        total += a.value("fraction").toDouble();
        const QJsonArray lo = a.value("box").toObject().value("min").toArray();
        const QJsonArray hi = a.value("box").toObject().value("max").toArray();
        const double w1 = hi[2].toDouble() - lo[2].toDouble(), w2 = hi[4].toDouble() - lo[4].toDouble();
        QVERIFY(std::fabs(w1 - w2) > 0.2); // one ring node swings wider than the other
        widerX1 += w1 > w2 ? 1 : 0;
    }
    QCOMPARE(total + v.value("escaped_fraction").toDouble() + v.value("undecided_fraction").toDouble(), 1.0);
    QCOMPARE(widerX1, 1.0); // one attractor of each kind
    // At the end of the axis one chaotic attractor is left.
    const QJsonArray last = values[10].toObject().value("attractors").toArray();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last[0].toObject().value("class").toString(), QString("chaotic"));
}

// The orbit diagram coloured by attractor (attractors-orbits.csv/.png) of the logistic map along
// r = 3.1 ... 3.3 in steps of 0.05: one attractor, at every value exactly the two points of the
// 2-cycle (r + 1 +- sqrt((r + 1)(r - 3))) / 2r, 200 states of its orbit each.
void TestCliAttractors::orbitDiagramOfTheLogisticTwoCycle()
{
    const QJsonObject atlas{
        {"sampling", "random"},
        {"count", 200},
        {"box_min", QJsonArray{0.01}},
        {"box_max", QJsonArray{0.99}},
        {"lyapunov_steps", 500},
        {"along", QJsonObject{{"parameter", "r"}, {"from", 3.1}, {"to", 3.3}, {"count", 5}}}};
    const QJsonObject study{
        {"format", "neurodyn-study"},
        {"schema_version", 4},
        {"model",
         QJsonObject{
             {"type", "equations"},
             {"settings", QJsonObject{{"definition", "map\nvar x = 0.3\npar r = 3.2\nx' = r*x*(1 - x)\n"}}}}},
        {"analyses", QJsonObject{{"attractors", atlas}}}};
    const QString path = ndtest::writeStudy(m_dir, "logistic-orbits", study);
    const QString out = m_dir.filePath("logistic-orbits-out");
    const Run r = cli({"run", path, "--out", out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = ndtest::readAll(out + "/attractors-orbits.csv").trimmed().split('\n');
    QCOMPARE(lines.front(), QByteArray("parameter,id,value"));
    QCOMPARE(lines.size(), 1 + 5 * 200);
    std::map<double, std::vector<double>> byValue;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        QCOMPARE(f.size(), qsizetype{3});
        QCOMPARE(f[1], QByteArray("0"));
        byValue[f[0].toDouble()].push_back(f[2].toDouble());
    }
    QCOMPARE(byValue.size(), std::size_t{5});
    for (auto& [rv, values] : byValue) {
        const double root = std::sqrt((rv + 1) * (rv - 3));
        const double lo = (rv + 1 - root) / (2 * rv), hi = (rv + 1 + root) / (2 * rv);
        std::sort(values.begin(), values.end());
        QCOMPARE(values.size(), std::size_t{200});
        for (std::size_t i = 0; i < values.size(); ++i)
            QVERIFY(std::fabs(values[i] - (i < 100 ? lo : hi)) < 1e-9);
    }
    const QJsonObject j = ndtest::jsonFile(out + "/attractors-orbits.json");
    QCOMPARE(j.value("variable").toString(), QString("x"));
    QCOMPARE(j.value("parameter").toString(), QString("r"));
    ndtest::checkFigure(out + "/attractors-orbits");
}

QTEST_GUILESS_MAIN(TestCliAttractors)
#include "tst_cli_attractors.moc"
