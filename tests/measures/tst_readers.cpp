// Series and edge-list readers: delimiter and header detection, column choice, and errors that
// name the line (and column) of malformed input, and the size limits; empty fields, quoted
// fields and the header rule; and the number writer against Qt's formatting (an independent
// implementation of the same layout) and read-back.
#include "common/errors.h"
#include "io/edgelistreader.h"
#include "io/numbertext.h"
#include "io/seriesreader.h"
#include "io/texttable.h"
#include "readertests.h"

#include <QLocale>
#include <QString>

#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>
#include <string>

using namespace nd;

class TestReaders : public QObject {
    Q_OBJECT
private slots:
    void csvWithHeaderByName();
    void whitespaceWithComments();
    void malformedSeriesLines();
    void limits();
    void edgeListLabels();
    void edgeListIndices();
    void malformedEdgeLists();
    void emptyFieldsAreErrors();
    void labelsAndGapsWhenAsked();
    void quotedFieldsAndHeaders();
    void headerRule();
    void edgeListAutomaticIds();
    void numbersWriteLikeQtAndReadBack();
    void textBufferCsvFields();
};

void TestReaders::csvWithHeaderByName()
{
    std::istringstream in("time,v,w\n0, 1.5, -2\n1,+2.5,3e-1\n\n2,\"3.5\",4\n");
    SeriesReadOptions o;
    o.columnNames = {"w", "v"};
    const ImportedSeries s = readSeries(in, o);
    QCOMPARE(s.names, (std::vector<std::string>{"w", "v"}));
    QCOMPARE(s.values[0], (std::vector<double>{-2.0, 0.3, 4.0}));
    QCOMPARE(s.values[1], (std::vector<double>{1.5, 2.5, 3.5}));
    std::istringstream semi("a;b\n1;2\n3;4\n");
    SeriesReadOptions one;
    one.columns = {1};
    QCOMPARE(readSeries(semi, one).values[0], (std::vector<double>{2.0, 4.0}));
}

void TestReaders::whitespaceWithComments()
{
    std::istringstream in("# recorded by hand\n  1   10\n2\t20\n   # note\n3 30  \n");
    SeriesReadOptions o;
    o.columns = {0, 1};
    const ImportedSeries s = readSeries(in, o);
    QCOMPARE(s.rows(), std::size_t(3));
    QCOMPARE(s.values[1], (std::vector<double>{10.0, 20.0, 30.0}));
    QCOMPARE(s.names[0], std::string("column 1"));
}

void TestReaders::malformedSeriesLines()
{
    SeriesReadOptions two;
    two.columns = {0, 1};
    std::string e = ndtest::errorOf([&] {
        std::istringstream in("x,y\n1,2\n3,abc\n");
        readSeries(in, two);
    });
    QVERIFY2(e.find("line 3, column 2") != std::string::npos && e.find("'abc'") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("1,2\n3\n");
        readSeries(in, two);
    });
    QVERIFY2(e.find("line 2: 1 fields, expected 2") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("1\nnan\n");
        readSeries(in);
    });
    QVERIFY2(e.find("line 2") != std::string::npos && e.find("non-finite") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("1.5x\n");
        SeriesReadOptions o;
        o.table.header = HeaderMode::Absent;
        readSeries(in, o);
    });
    QVERIFY2(e.find("line 1, column 1") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("# only a comment\n\n");
        readSeries(in);
    });
    QVERIFY2(e.find("no data rows") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("a,b\n1,2\n");
        SeriesReadOptions o;
        o.columnNames = {"c"};
        readSeries(in, o);
    });
    QVERIFY2(e.find("no column named 'c'") != std::string::npos, e.c_str());
    QVERIFY_THROWS_EXCEPTION(InputError, readSeriesFile("/nonexistent/neurodyn/series.csv"));
}

void TestReaders::limits()
{
    SeriesReadOptions o;
    o.table.maxRows = 3;
    std::string e = ndtest::errorOf([&] {
        std::istringstream in("1\n2\n3\n4\n");
        readSeries(in, o);
    });
    QVERIFY2(e.find("line 4") != std::string::npos && e.find("row limit") != std::string::npos, e.c_str());
    o = {};
    o.table.maxBytes = 10;
    e = ndtest::errorOf([&] {
        std::istringstream in("1.000\n2.000\n3.000\n");
        readSeries(in, o);
    });
    QVERIFY2(e.find("size limit") != std::string::npos, e.c_str());
}

void TestReaders::edgeListLabels()
{
    std::istringstream in("source,target,weight\nA,B,0.5\nB,C,-2\n# comment\nC,A,1e-1\n");
    const ImportedGraph g = readEdgeList(in);
    QCOMPARE(g.graph.nodes, std::size_t(3));
    QCOMPARE(g.nodeNames, (std::vector<std::string>{"A", "B", "C"}));
    QCOMPARE(g.graph.edges.size(), std::size_t(3));
    QCOMPARE(g.graph.edges[1].from, std::size_t(1));
    QCOMPARE(g.graph.edges[1].to, std::size_t(2));
    QCOMPARE(g.graph.edges[1].weight, -2.0);
    // Usable by the spectrum: d(A, C) = min(1/0.1, 1/0.5 + 1/2) = 2.5.
    QCOMPARE(shortestDistances(g.graph, 0)[2], 2.5);
}

void TestReaders::edgeListIndices()
{
    std::istringstream in("1 2\n2 3\n3 5\n");
    EdgeListReadOptions o;
    o.ids = NodeIds::OneBased;
    o.weightColumn = -1;
    const ImportedGraph g = readEdgeList(in, o);
    QCOMPARE(g.graph.nodes, std::size_t(5)); // node 4 isolated
    QCOMPARE(g.graph.edges[2].to, std::size_t(4));
    QCOMPARE(g.graph.edges[2].weight, 1.0);
    QCOMPARE(g.nodeNames.back(), std::string("5"));
}

void TestReaders::malformedEdgeLists()
{
    EdgeListReadOptions ints;
    ints.ids = NodeIds::ZeroBased;
    std::string e = ndtest::errorOf([&] {
        std::istringstream in("0,1,1\n1,2.5,1\n");
        readEdgeList(in, ints);
    });
    QVERIFY2(e.find("line 2, column 2") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("0,1,1\n1,-3,1\n");
        readEdgeList(in, ints);
    });
    QVERIFY2(e.find("line 2") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("a b 1\nb c\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("line 2") != std::string::npos && e.find("expected at least 3 fields") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("a,b,1\nb,c,heavy\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("line 2, column 3") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        std::istringstream in("source,target,weight\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("no edges") != std::string::npos, e.c_str());
    EdgeListReadOptions small;
    small.maxNodes = 2;
    e = ndtest::errorOf([&] {
        std::istringstream in("a,b,1\nb,c,1\n");
        readEdgeList(in, small);
    });
    QVERIFY2(e.find("node limit") != std::string::npos, e.c_str());
}

namespace {
template <typename F>
TextTableError tableErrorOf(F&& f)
{
    try {
        f();
    } catch (const TextTableError& e) {
        return e;
    }
    return TextTableError(TextTableError::Kind::NoData, "no error", 0, 0, {});
}
NumericColumns table(std::string_view text)
{
    return readNumericColumns(text, TextTableOptions{}, "t");
}
} // namespace

void TestReaders::emptyFieldsAreErrors()
{
    // Issue 25.2: an empty CSV field shifted the columns after it; now it is an error at its
    // line and column, for CSV, semicolons and tabs alike, and in readSeries too.
    for (const char* text : {"i,x,sin\n0,0.5,0\n1,,0.8\n", "i;x;sin\n0;0.5;0\n1;;0.8\n",
                             "i\tx\tsin\n0\t0.5\t0\n1\t\t0.8\n"}) {
        const TextTableError e = tableErrorOf([&] { table(text); });
        QCOMPARE(e.kind, TextTableError::Kind::EmptyField);
        QCOMPARE(e.line, std::size_t(3));
        QCOMPARE(e.column, std::size_t(2));
        SeriesReadOptions o;
        o.columns = {1};
        const TextTableError s = tableErrorOf([&] { readSeries(std::string_view(text), o); });
        QCOMPARE(s.kind, TextTableError::Kind::EmptyField);
        QCOMPARE(s.line, std::size_t(3));
    }
    const TextTableError trailing = tableErrorOf([&] { table("1,2,\n"); });
    QCOMPARE(trailing.kind, TextTableError::Kind::EmptyField);
    QCOMPARE(trailing.column, std::size_t(3));
    // Whitespace files: runs of blanks are one separator, leading and trailing blanks nothing.
    const NumericColumns w = table("  1   2\t\t3  \r\n4 5 6\n");
    QCOMPARE(w.columns.size(), std::size_t(3));
    QCOMPARE(w.columns[2], (std::vector<double>{3.0, 6.0}));
}

void TestReaders::labelsAndGapsWhenAsked()
{
    TextTableOptions o;
    o.labelsAndGaps = true;
    const NumericColumns t = readNumericColumns(
        "# lab\ntime,cond,v,w\n0,\"ctl\",1.5,\n0.1,ctl,NaN,2\n0.2,7,NA,3\n0.3,drug,4,n/a\n", o, "t");
    QCOMPARE(t.notes.size(), std::size_t(4));
    QCOMPARE(t.rows(), std::size_t(4));
    QVERIFY(t.notes[1].label); // decided by its first field; a later number stays a label
    QCOMPARE(t.notes[1].firstLabel, std::string("ctl"));
    QCOMPARE(t.notes[1].labelLine, std::size_t(3));
    QVERIFY(std::isnan(t.columns[1][2]));
    QVERIFY(!t.notes[2].label);
    QCOMPARE(t.notes[2].gaps, std::size_t(2));
    QCOMPARE(t.notes[2].firstGapLine, std::size_t(4));
    QCOMPARE(t.columns[2][0], 1.5);
    QCOMPARE(t.columns[2][3], 4.0);
    QCOMPARE(t.notes[3].gaps, std::size_t(2)); // an empty first field is a gap, not a label
    QCOMPARE(t.notes[3].firstGapLine, std::size_t(3));
    QCOMPARE(t.columns[3][1], 2.0);
    // Still refused: text in a numeric column, infinities, and labels without a header to name them.
    QCOMPARE(tableErrorOf([&] { readNumericColumns("v\n1\nx\n", o, "t"); }).kind, TextTableError::Kind::NotNumber);
    QCOMPARE(tableErrorOf([&] { readNumericColumns("v\n1\ninf\n", o, "t"); }).kind, TextTableError::Kind::NonFinite);
    QCOMPARE(tableErrorOf([&] { readNumericColumns("0,A,1\n1,B,2\n", o, "t"); }).kind,
             TextTableError::Kind::MixedHeader);
    // Without the option every gap is still an error (the engine's readers stay strict).
    QCOMPARE(tableErrorOf([&] { table("v\n1\nNaN\n"); }).kind, TextTableError::Kind::NonFinite);
}

void TestReaders::quotedFieldsAndHeaders()
{
    const NumericColumns t = table("\"time\",\"noise\"\r\n0,\"0.25\"\n\"1\", -0.5 \n");
    QCOMPARE(t.names, (std::vector<std::string>{"time", "noise"}));
    QCOMPARE(t.columns[1], (std::vector<double>{0.25, -0.5}));
    QCOMPARE(t.columns[0], (std::vector<double>{0.0, 1.0}));
    // A quoted name may hold the delimiter and doubled quotes.
    const NumericColumns q = table("\"a,b\",\"say \"\"hi\"\"\"\n1,2\n");
    QCOMPARE(q.names, (std::vector<std::string>{"a,b", "say \"hi\""}));
    // Quoted names in a whitespace file may hold blanks.
    const NumericColumns w = table("\"cell 1\" \"cell 2\"\n1 2\n");
    QCOMPARE(w.names, (std::vector<std::string>{"cell 1", "cell 2"}));
    SeriesReadOptions o;
    o.columnNames = {"noise"};
    QCOMPARE(readSeries(std::string_view("\"time\",\"noise\"\n0,1.5\n"), o).values[0], std::vector<double>{1.5});
}

void TestReaders::headerRule()
{
    // All names: a header; all numbers: data; a mix is refused, never guessed.
    QVERIFY(table("x,y\n1,2\n").names.size() == 2);
    QVERIFY(table("1,2\n3,4\n").names.empty());
    QCOMPARE(table("1,2\n3,4\n").rows(), std::size_t(2));
    const TextTableError mixed = tableErrorOf([&] { table("x,1.5\n2,3\n"); });
    QCOMPARE(mixed.kind, TextTableError::Kind::MixedHeader);
    QCOMPARE(mixed.line, std::size_t(1));
    QCOMPARE(mixed.column, std::size_t(1));
    QCOMPARE(mixed.text, std::string("x"));
    // A pandas header leaves the index column's name empty.
    const NumericColumns pandas = table(",x\n0,1.5\n1,2.5\n");
    QCOMPARE(pandas.names, (std::vector<std::string>{"", "x"}));
    // Quoted digits are names: a header of numbered columns.
    QCOMPARE(table("\"1\",\"2\"\n5,6\n").names, (std::vector<std::string>{"1", "2"}));
    // The old rule took a line with one malformed number for a header and dropped it silently.
    QCOMPARE(tableErrorOf([&] { table("1.5,2x\n3,4\n"); }).kind, TextTableError::Kind::MixedHeader);
    const TextTableError count = tableErrorOf([&] { table("a,b,c,d\n1,2,3\n"); });
    QCOMPARE(count.kind, TextTableError::Kind::FieldCount);
    QCOMPARE(count.found, std::size_t(3));
    QCOMPARE(count.expected, std::size_t(4));
    QCOMPARE(tableErrorOf([&] { table("x,y\n"); }).kind, TextTableError::Kind::NoData);
    QCOMPARE(tableErrorOf([&] { table("1\ninf\n"); }).kind, TextTableError::Kind::NonFinite);
    QCOMPARE(tableErrorOf([&] { table("1\n+-2\n"); }).kind, TextTableError::Kind::NotNumber);
}

void TestReaders::edgeListAutomaticIds()
{
    EdgeListReadOptions o;
    o.ids = NodeIds::Auto;
    const ImportedGraph labels = readEdgeList(std::string_view("A B 0.5\nB \"C d\" 1\n"), o);
    QVERIFY(labels.labels);
    QCOMPARE(labels.nodeNames, (std::vector<std::string>{"A", "B", "C d"}));
    QCOMPARE(labels.graph.edges[1].weight, 1.0);
    // Numbers everywhere: 0-based indices, gaps are isolated nodes.
    const ImportedGraph indices = readEdgeList(std::string_view("0 1 1\n1 3 2\n"), o);
    QVERIFY(!indices.labels);
    QCOMPARE(indices.graph.nodes, std::size_t(4));
    // A negative number is a bad index, not a label.
    QVERIFY(ndtest::errorOf([&] { readEdgeList(std::string_view("-1 2 1\n"), o); }).find("node id '-1'") !=
            std::string::npos);
    // A header row is recognised by its names, not by the labels of the first edge.
    const ImportedGraph named = readEdgeList(std::string_view("from,to,w\nx,y,2\n"), o);
    QCOMPARE(named.graph.edges.size(), std::size_t(1));
    QCOMPARE(named.nodeNames.front(), std::string("x"));
}

void TestReaders::numbersWriteLikeQtAndReadBack()
{
    // writeNumber must give the bytes `neurodyn-cli run` wrote with QString::number(v, 'g',
    // QLocale::FloatingPointShortest), and read back as the same double.
    std::mt19937_64 rng(20261204);
    std::uniform_real_distribution<double> decade(-30.0, 30.0);
    std::vector<double> values{0.0, -0.0, 1.0, -1.0, 0.1, 1e21, 1e22, 1e-5, 1e-4, 123456.0, 1e16, 5e-324,
                               1.7976931348623157e308, 2.2250738585072014e-308, 1.0 / 3.0, 100000.0};
    for (int i = 0; i < 200000; ++i) {
        std::uint64_t bits = rng();
        double v = 0.0;
        std::memcpy(&v, &bits, sizeof v);
        if (std::isfinite(v))
            values.push_back(v);
        values.push_back((rng() % 2 ? -1.0 : 1.0) * std::pow(10.0, decade(rng)));
        values.push_back(std::round(std::pow(10.0, decade(rng))));
        values.push_back(static_cast<double>(static_cast<std::int64_t>(rng() % 2000001) - 1000000) / 64.0);
    }
    char text[kMaxNumberChars];
    for (double v : values) {
        const std::string mine(text, writeNumber(text, v));
        const std::string qt = QString::number(v, 'g', QLocale::FloatingPointShortest).toStdString();
        if (mine != qt)
            QFAIL(("writeNumber " + mine + " vs Qt " + qt).c_str());
        double back = 0.0;
        std::from_chars(mine.data(), mine.data() + mine.size(), back);
        QCOMPARE(back, v);
    }
    QCOMPARE(numberText(std::nan("")), std::string("nan"));
    QCOMPARE(numberText(-INFINITY), std::string("-inf"));
    QCOMPARE(numberText(INFINITY), std::string("inf"));
}

void TestReaders::textBufferCsvFields()
{
    TextBuffer b(4); // grows past its first size
    b.integer(-42);
    b.put(',');
    b.csvField("plain");
    b.put(',');
    b.csvField("a,\"b\"");
    b.put('\n');
    b.number(0.5);
    QCOMPARE(b.take(), std::string("-42,plain,\"a,\"\"b\"\"\"\n0.5"));
    // What the table reader reads back.
    QCOMPARE(table("\"a,\"\"b\"\"\"\n1\n").names.front(), std::string("a,\"b\""));
}

QTEST_APPLESS_MAIN(TestReaders)
#include "tst_readers.moc"
