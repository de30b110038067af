// The attractor atlas's tile reader (app/cli/attractorsresult.h readAttractorsTiles) against
// tiles that lie: a tile written by computeAttractorsTile reads back; the same bytes with one
// field overwritten (an attractor count of 1e18 or of more attractors than the bytes can hold,
// a negative column range, a wrong state count, a label list of 1e18 entries) or cut short are
// refused with a message naming the tile and the field, never by an allocation. Offsets are
// those of the documented layout (QDataStream, big-endian: begin, end, then per column index,
// parameter, dimension, state count, the cell-size and label vectors with 64-bit lengths, the
// attractor count).
#include "cli/attractorsresult.h"
#include "cli/runplan.h"
#include "henonatlas.h"

#include <QDataStream>
#include <QTest>

class TestAttractorsTiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void goodTileReadsBack();
    void lyingFieldsAreNamed_data();
    void lyingFieldsAreNamed();

private:
    nd::cli::RunPlan m_plan;
    QByteArray m_tile;
};

namespace {

// Dimension 2, 9 initial states: where column 0's fields start.
constexpr int kDimension = 2, kStates = 9;
constexpr qsizetype kBegin = 0, kStateCount = 8 + 4 + 8 + 4, kLabels = kStateCount + 8 + 8 + kDimension * 8,
                    kAttractorCount = kLabels + 8 + kStates * 4;

template <class T> QByteArray overwritten(QByteArray bytes, qsizetype offset, T value)
{
    QByteArray field;
    QDataStream s(&field, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_0);
    s << value;
    bytes.replace(offset, field.size(), field);
    return bytes;
}

template <class T> T readAt(const QByteArray& bytes, qsizetype offset)
{
    QDataStream s(bytes.mid(offset));
    s.setVersion(QDataStream::Qt_6_0);
    T value{};
    s >> value;
    return value;
}

} // namespace

void TestAttractorsTiles::initTestCase()
{
    QString error;
    QVERIFY2(nd::cli::runPlanFromBytes(ndtest::kHenonAtlasStudy, m_plan, error), qPrintable(error));
    m_tile = nd::cli::computeAttractorsTile(m_plan, 0, 1, nullptr);
    QVERIFY(m_tile.size() > kAttractorCount + 8);
}

void TestAttractorsTiles::goodTileReadsBack()
{
    std::vector<nd::AttractorColumn> columns;
    QString error;
    QVERIFY2(nd::cli::readAttractorsTiles(m_plan.study, {m_tile}, columns, error), qPrintable(error));
    QCOMPARE(columns.size(), std::size_t(3));
    // The offsets above are the layout's: they hold what the column holds.
    QCOMPARE(readAt<qint32>(m_tile, kBegin), 0);
    QCOMPARE(readAt<qint32>(m_tile, kBegin + 4), 3);
    QCOMPARE(readAt<qint64>(m_tile, kStateCount), qint64(kStates));
    QCOMPARE(readAt<quint64>(m_tile, kLabels), quint64(kStates));
    QCOMPARE(readAt<quint64>(m_tile, kAttractorCount), quint64(columns[0].result.attractors.size()));
    QCOMPARE(columns[0].result.labels.size(), std::size_t(kStates));
}

void TestAttractorsTiles::lyingFieldsAreNamed_data()
{
    QTest::addColumn<QByteArray>("tile");
    QTest::addColumn<QString>("named");
    QTest::newRow("attractors 1e18") << overwritten(m_tile, kAttractorCount, quint64(1e18)) << "'attractors'";
    // More attractors than the rest of the tile can hold, though fewer than its bytes.
    QTest::newRow("attractors bytes/2")
        << overwritten(m_tile, kAttractorCount, quint64((m_tile.size() - kAttractorCount) / 2))
        << "'attractors'";
    QTest::newRow("negative begin") << overwritten(m_tile, kBegin, qint32(-1)) << "columns [-1, 3)";
    QTest::newRow("end past the axis")
        << overwritten(m_tile, kBegin + 4, qint32(1 << 30)) << "are not in the axis";
    QTest::newRow("state count") << overwritten(m_tile, kStateCount, qint64(-7)) << "'states'";
    QTest::newRow("labels 1e18") << overwritten(m_tile, kLabels, quint64(1e18)) << "'labels'";
    QTest::newRow("cut inside the labels") << m_tile.left(kLabels + 12) << "'labels'";
}

void TestAttractorsTiles::lyingFieldsAreNamed()
{
    QFETCH(QByteArray, tile);
    QFETCH(QString, named);
    std::vector<nd::AttractorColumn> columns;
    QString error;
    QVERIFY(!nd::cli::readAttractorsTiles(m_plan.study, {tile}, columns, error));
    QVERIFY2(error.contains(QLatin1String("tile 1")) && error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAttractorsTiles)
#include "tst_attractorstiles.moc"
