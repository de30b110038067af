// Series and edge-list readers: delimiter and header detection, column choice, and errors that
// name the line (and column) of malformed input, and the size limits.
#include "common/errors.h"
#include "io/edgelistreader.h"
#include "io/seriesreader.h"

#include <QTest>

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
};

namespace {
template <typename F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
} // namespace

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
    std::string e = errorOf([&] {
        std::istringstream in("x,y\n1,2\n3,abc\n");
        readSeries(in, two);
    });
    QVERIFY2(e.find("line 3, column 2") != std::string::npos && e.find("'abc'") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("1,2\n3\n");
        readSeries(in, two);
    });
    QVERIFY2(e.find("line 2") != std::string::npos && e.find("expected at least 2 fields") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("1\nnan\n");
        readSeries(in);
    });
    QVERIFY2(e.find("line 2") != std::string::npos && e.find("non-finite") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("1.5x\n");
        SeriesReadOptions o;
        o.table.header = HeaderMode::Absent;
        readSeries(in, o);
    });
    QVERIFY2(e.find("line 1, column 1") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("# only a comment\n\n");
        readSeries(in);
    });
    QVERIFY2(e.find("no data rows") != std::string::npos, e.c_str());
    e = errorOf([&] {
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
    std::string e = errorOf([&] {
        std::istringstream in("1\n2\n3\n4\n");
        readSeries(in, o);
    });
    QVERIFY2(e.find("line 4") != std::string::npos && e.find("row limit") != std::string::npos, e.c_str());
    o = {};
    o.table.maxBytes = 10;
    e = errorOf([&] {
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
    std::string e = errorOf([&] {
        std::istringstream in("0,1,1\n1,2.5,1\n");
        readEdgeList(in, ints);
    });
    QVERIFY2(e.find("line 2, column 2") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("0,1,1\n1,-3,1\n");
        readEdgeList(in, ints);
    });
    QVERIFY2(e.find("line 2") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("a b 1\nb c\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("line 2") != std::string::npos && e.find("expected at least 3 fields") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("a,b,1\nb,c,heavy\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("line 2, column 3") != std::string::npos, e.c_str());
    e = errorOf([&] {
        std::istringstream in("source,target,weight\n");
        readEdgeList(in);
    });
    QVERIFY2(e.find("no edges") != std::string::npos, e.c_str());
    EdgeListReadOptions small;
    small.maxNodes = 2;
    e = errorOf([&] {
        std::istringstream in("a,b,1\nb,c,1\n");
        readEdgeList(in, small);
    });
    QVERIFY2(e.find("node limit") != std::string::npos, e.c_str());
}

QTEST_APPLESS_MAIN(TestReaders)
#include "tst_readers.moc"
