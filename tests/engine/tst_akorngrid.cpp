// The AKOrN grid (akorngrid.h) and its image masks (imagemask.h):
// - PGM P2/P5 (8- and 16-bit) values as written here, comments skipped, and every malformed
//   header or body refused with a message saying what is wrong;
// - the conv coupling equals the definition (cross-correlation with zero padding, written
//   here as a plain sum over taps) for shared, depthwise and full kernels, and a uniform
//   kernel on a constant state gives J in the interior and J * 4/9 in a corner (k = 3);
// - attention on a constant state weighs all pixels alike (output W_V x), and on two pixels
//   equals the softmax written out;
// - with a symmetric kernel (gaussian), no rotation and small gamma the energy decreases;
// - a step with J = 0 is the single-oscillator update (rotation sign of the convention);
// - bad settings are refused: even or too large kernels, C not divisible by n, odd n, empty
//   masks, files that are not images.
#include "common/errors.h"
#include "io/imagemask.h"
#include "oscillators/akorngrid.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace nd;

class TestAkornGrid : public QObject {
    Q_OBJECT
private slots:
    void pgmValues();
    void pgmRefusals();
    void convMatchesDefinition();
    void uniformKernelBorder();
    void attentionSoftmax();
    void energyDecreasesWithSymmetricKernel();
    void stepWithoutCoupling();
    void maskAndStimulus();
    void badSettings();
    void silhouetteSeparatesBySynchrony();
};

namespace {
bool refusedWith(const std::function<void()>& f, const char* mention)
{
    try {
        f();
    } catch (const InputError& e) {
        if (QString::fromUtf8(e.what()).contains(QString::fromUtf8(mention)))
            return true;
        qWarning("message without '%s': %s", mention, e.what());
        return false;
    }
    qWarning("not refused (expected '%s')", mention);
    return false;
}

std::vector<double> randomState(const AkornGrid& m, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    const int n = m.structure().n;
    std::vector<double> x(static_cast<std::size_t>(m.dimension()));
    for (std::size_t o = 0; o < x.size(); o += static_cast<std::size_t>(n)) {
        double s = 0.0;
        for (int k = 0; k < n; ++k)
            s += std::pow(x[o + static_cast<std::size_t>(k)] = g(rng), 2);
        for (int k = 0; k < n; ++k)
            x[o + static_cast<std::size_t>(k)] /= std::sqrt(s);
    }
    return x;
}
} // namespace

void TestAkornGrid::pgmValues()
{
    const GrayImage text = readPgm("P2\n# a comment\n3 2\n# another\n4\n0 1 2\n3 4 0\n", "t");
    QCOMPARE(text.width, 3);
    QCOMPARE(text.height, 2);
    const std::vector<double> expected{0.0, 0.25, 0.5, 0.75, 1.0, 0.0};
    QVERIFY(text.values == expected);
    const std::string binary = std::string("P5 2 1 255\n") + '\x00' + '\xff';
    const GrayImage b = readPgm(binary, "b");
    QVERIFY((b.values == std::vector<double>{0.0, 1.0}));
    const std::string wide = std::string("P5\n1 1\n65535\n") + '\x80' + '\x00'; // big-endian 32768
    QCOMPARE(readPgm(wide, "w").values[0], 32768.0 / 65535.0);
}

void TestAkornGrid::pgmRefusals()
{
    QVERIFY(refusedWith([] { readPgm("GIF89a", "f"); }, "not a PGM"));
    QVERIFY(refusedWith([] { readPgm("P2 3", "f"); }, "ends before its height"));
    QVERIFY(refusedWith([] { readPgm("P2 x 3 4", "f"); }, "width is not a number"));
    QVERIFY(refusedWith([] { readPgm("P2 0 3 4", "f"); }, "at least 1"));
    QVERIFY(refusedWith([] { readPgm("P2 100000 100000 4", "f"); }, "pixels; at most"));
    QVERIFY(refusedWith([] { readPgm("P2 1 1 0 0", "f"); }, "maxval 0"));
    QVERIFY(refusedWith([] { readPgm("P2 2 1 4 1", "f"); }, "truncated"));
    QVERIFY(refusedWith([] { readPgm("P2 2 1 4 1 5", "f"); }, "above maxval"));
    QVERIFY(refusedWith([] { readPgm("P5 4 1 255\nab", "f"); }, "truncated"));
    QVERIFY(refusedWith([] { readPgm("P5 1 1 255", "f"); }, "not followed by pixel data"));
    QVERIFY(refusedWith([] { readPgm("P2 1 1 99999999999", "f"); }, "too large"));
}

void TestAkornGrid::convMatchesDefinition()
{
    const int h = 5, w = 6, ch = 4, k = 3;
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    for (int kind = 0; kind < 3; ++kind) {
        const int count = kind == 0 ? k * k : kind == 1 ? ch * k * k : ch * ch * k * k;
        std::vector<double> kern(static_cast<std::size_t>(count));
        std::string text;
        for (double& v : kern) {
            v = std::round(u(rng) * 1000.0) / 1000.0;
            text += QString::number(v, 'g', 17).toStdString() + " ";
        }
        AkornGrid m(Settings{{"H", std::to_string(h)},
                             {"W", std::to_string(w)},
                             {"C", std::to_string(ch)},
                             {"n", "2"},
                             {"kernel-size", std::to_string(k)},
                             {"kernel", text},
                             {"mask", ""}});
        m.setParameter("J", 0.8);
        const auto x = randomState(m, 3);
        std::vector<double> got(x.size());
        m.coupling(x.data(), got.data());
        // weight(o, i, dr, dc) of the definition: y[o](r, c) = sum w x[i](r + dr - 1, c + dc - 1).
        auto weight = [&](int o, int i, int dr, int dc) {
            const auto tap = static_cast<std::size_t>(dr * k + dc);
            if (kind == 0)
                return o == i ? kern[tap] : 0.0;
            if (kind == 1)
                return o == i ? kern[static_cast<std::size_t>(o * k * k) + tap] : 0.0;
            return kern[static_cast<std::size_t>((o * ch + i) * k * k) + tap];
        };
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c)
                for (int o = 0; o < ch; ++o) {
                    double s = 0.0;
                    for (int dr = 0; dr < k; ++dr)
                        for (int dc = 0; dc < k; ++dc) {
                            const int rr = r + dr - k / 2, cc = c + dc - k / 2;
                            if (rr < 0 || rr >= h || cc < 0 || cc >= w)
                                continue; // zero padding
                            for (int i = 0; i < ch; ++i)
                                s += weight(o, i, dr, dc) * x[static_cast<std::size_t>((rr * w + cc) * ch + i)];
                        }
                    QVERIFY(std::fabs(got[static_cast<std::size_t>((r * w + c) * ch + o)] - 0.8 * s) < 1e-14);
                }
    }
}

void TestAkornGrid::uniformKernelBorder()
{
    AkornGrid m(Settings{{"H", "4"}, {"W", "4"}, {"C", "2"}, {"n", "2"}, {"kernel-size", "3"}, {"kernel", "uniform"},
                         {"mask", ""}});
    m.setParameter("J", 1.5);
    std::vector<double> x(32), y(32);
    for (int p = 0; p < 16; ++p)
        x[static_cast<std::size_t>(2 * p)] = 1.0;
    m.coupling(x.data(), y.data());
    QVERIFY(std::fabs(y[static_cast<std::size_t>((1 * 4 + 1) * 2)] - 1.5) < 1e-15);      // interior
    QVERIFY(std::fabs(y[0] - 1.5 * 4.0 / 9.0) < 1e-15);                                    // corner
    QVERIFY(std::fabs(y[static_cast<std::size_t>((0 * 4 + 1) * 2)] - 1.5 * 6.0 / 9.0) < 1e-15); // edge
    QCOMPARE(y[1], 0.0);
}

void TestAkornGrid::attentionSoftmax()
{
    // W_V = [[0, 1], [1, 0]] swaps the channels. Constant state: every weight 1/HW, so the
    // output is J W_V x.
    const Settings base{{"H", "3"}, {"W", "3"}, {"C", "2"}, {"n", "2"}, {"coupling", "attention"}, {"mask", ""},
                        {"attn-v", "0 1; 1 0"}};
    AkornGrid m(base);
    m.setParameter("J", 2.0);
    std::vector<double> x(18), y(18);
    for (int p = 0; p < 9; ++p) {
        x[static_cast<std::size_t>(2 * p)] = 0.6;
        x[static_cast<std::size_t>(2 * p + 1)] = 0.8;
    }
    m.coupling(x.data(), y.data());
    for (int p = 0; p < 9; ++p)
        QVERIFY(std::fabs(y[static_cast<std::size_t>(2 * p)] - 1.6) < 1e-14 &&
                std::fabs(y[static_cast<std::size_t>(2 * p + 1)] - 1.2) < 1e-14);
    // Two pixels, W_Q = W_K = I (d = 2): pixel 0 = e_0, pixel 1 = e_1. Scores for pixel 0:
    // (1, 0)/sqrt 2, so weights (e^a, 1)/(e^a + 1) with a = 1/sqrt 2; output W_V mixes them.
    Settings two = base;
    two["H"] = "1";
    two["W"] = "2";
    AkornGrid t(two);
    t.setParameter("J", 1.0);
    const double xs[4] = {1.0, 0.0, 0.0, 1.0};
    double ys[4];
    t.coupling(xs, ys);
    const double a = std::exp(1.0 / std::sqrt(2.0));
    const double w0 = a / (a + 1.0), w1 = 1.0 / (a + 1.0);
    // sum_t w_t W_V x_t = w0 (0, 1) + w1 (1, 0).
    QVERIFY(std::fabs(ys[0] - w1) < 1e-15 && std::fabs(ys[1] - w0) < 1e-15);
    QVERIFY(std::fabs(ys[2] - w0) < 1e-15 && std::fabs(ys[3] - w1) < 1e-15); // symmetric roles
}

void TestAkornGrid::energyDecreasesWithSymmetricKernel()
{
    for (unsigned seed : {1u, 2u, 3u}) {
        AkornGrid m(Settings{{"H", "12"}, {"W", "10"}, {"C", "4"}, {"n", "2"}, {"kernel-size", "5"},
                             {"kernel", "gaussian"}, {"mask", "disk"}, {"stimulus-outside", "0 0.5"}});
        m.setParameter("omega", 0.0);
        m.setParameter("gamma", 0.05);
        m.setParameter("J", 2.0);
        auto x = randomState(m, seed);
        std::vector<double> next(x.size());
        double e = m.energy(x.data());
        for (int s = 0; s < 300; ++s) {
            m.evaluate(x.data(), next.data());
            x.swap(next);
            const double now = m.energy(x.data());
            QVERIFY2(now <= e + 1e-12, qPrintable(QStringLiteral("seed %1 step %2").arg(seed).arg(s)));
            e = now;
        }
        // Code form: -x.(J K x) - c.x, i.e. the paper's minus the coupling half again.
        std::vector<double> y(x.size());
        m.coupling(x.data(), y.data());
        double half = 0.0;
        for (std::size_t k = 0; k < x.size(); ++k)
            half += 0.5 * x[k] * y[k];
        QVERIFY(std::fabs(m.energy(x.data(), AkornEnergyForm::Code) - (e - half)) < 1e-9);
    }
}

void TestAkornGrid::stepWithoutCoupling()
{
    // J = 0, c = 0: each oscillator turns by -atan(gamma omega) in the official convention and
    // by +atan(gamma omega) in neurodyn-2025, on each plane.
    for (const char* convention : {"official", "neurodyn-2025"}) {
        AkornGrid m(Settings{{"H", "2"}, {"W", "3"}, {"C", "4"}, {"n", "4"}, {"coupling", "none"},
                             {"convention", convention}, {"mask", ""}});
        m.setParameter("c", 0.0);
        m.setParameter("gamma", 0.2);
        m.setParameter("omega", 1.5);
        const auto x = randomState(m, 4);
        std::vector<double> out(x.size());
        m.evaluate(x.data(), out.data());
        const double turn = (std::string(convention) == "official" ? -1.0 : 1.0) * std::atan(0.3);
        for (std::size_t p = 0; p < x.size(); p += 2) {
            const double before = std::atan2(x[p + 1], x[p]), after = std::atan2(out[p + 1], out[p]);
            QVERIFY(std::fabs(std::remainder(after - before - turn, 2 * M_PI)) < 1e-12);
        }
    }
}

void TestAkornGrid::maskAndStimulus()
{
    QTemporaryDir dir;
    // A 4 x 4 image: the left half black (inside with mask-inside dark).
    const QString path = dir.filePath(QStringLiteral("half.pgm"));
    {
        std::ofstream f(path.toStdString());
        f << "P2 4 4 1\n0 0 1 1\n0 0 1 1\n0 0 1 1\n0 0 1 1\n";
    }
    AkornGrid m(Settings{{"H", "2"}, {"W", "2"}, {"C", "2"}, {"n", "2"}, {"coupling", "none"},
                         {"mask", path.toStdString()}, {"stimulus-inside", "1 2"}, {"stimulus-outside", "0 -1"}});
    m.setParameter("c", 0.5);
    QVERIFY((m.structure().mask == std::vector<unsigned char>{1, 0, 1, 0}));
    QVERIFY((m.stimulus() == std::vector<double>{0.5, 1.0, 0.0, -0.5, 0.5, 1.0, 0.0, -0.5}));
    // Read-out: a constant state has local order 1 everywhere; inside and outside both 1.
    std::vector<double> x{1, 0, 1, 0, 1, 0, 1, 0};
    const auto r = akornGridReadout(m.structure(), x.data(), 1);
    QCOMPARE(r.insideOrder, 1.0);
    QCOMPARE(r.outsideOrder, 1.0);
    // Alternating +-e_0 columns: a 3 x 3 window (clipped: 2 x 2 here) averages to 0.
    x = {1, 0, -1, 0, 1, 0, -1, 0};
    QCOMPARE(akornGridReadout(m.structure(), x.data(), 1).insideOrder, 0.0);
    QCOMPARE(akornGridReadout(m.structure(), x.data(), 0).insideOrder, 1.0);
}

void TestAkornGrid::badSettings()
{
    auto make = [](Settings s) { return [s]() { AkornGrid m(s); }; };
    QVERIFY(refusedWith(make({{"kernel-size", "4"}}), "even"));
    QVERIFY(refusedWith(make({{"H", "4"}, {"kernel-size", "5"}}), "larger than the grid"));
    QVERIFY(refusedWith(make({{"C", "6"}, {"n", "4"}}), "not divisible by n"));
    QVERIFY(refusedWith(make({{"C", "6"}, {"n", "3"}}), "odd"));
    QVERIFY(refusedWith(make({{"kernel", "1 2 3"}}), "expected 'uniform'"));
    QVERIFY(refusedWith(make({{"coupling", "attention"}, {"attn-q", "1 0 0 0"}}), "same dimension d"));
    QVERIFY(refusedWith(make({{"coupling", "attention"}, {"attn-v", "1 0 0"}}), "expected C"));
    QVERIFY(refusedWith(make({{"stimulus-inside", "1 2 3"}}), "stimulus-inside"));
    QTemporaryDir dir;
    const QString white = dir.filePath(QStringLiteral("white.pgm"));
    {
        std::ofstream f(white.toStdString());
        f << "P2 2 2 255\n255 255 255 255\n";
    }
    QVERIFY(refusedWith(make({{"mask", white.toStdString()}}), "no pixel inside"));
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    {
        std::ofstream f(text.toStdString());
        f << "this is not an image\n";
    }
    setImageDecoder(nullptr);
    QVERIFY(refusedWith(make({{"mask", text.toStdString()}}), "is not a PGM image"));
    QVERIFY(refusedWith(make({{"mask", dir.filePath(QStringLiteral("missing.pgm")).toStdString()}}), "cannot open"));
    QVERIFY(refusedWith(make({{"mask", "fish"}, {"H", "2"}, {"W", "2"}, {"kernel-size", "1"}}), "no pixel inside"));
    AkornGrid big(Settings{{"H", "40"}, {"W", "40"}}); // 6400 variables
    std::vector<double> jac(1); // refused before it is written to
    QVERIFY(refusedWith([&]() { big.jacobian(big.defaultInitialState().data(), jac.data()); }, "Jacobian"));
}

void TestAkornGrid::silhouetteSeparatesBySynchrony()
{
    // The settings of the built-in example akorn-silhouette (resources/examples): after T = 200
    // steps the fish is phase-locked to its stimulus (its local order is near 1 but for the
    // windows across its border) while the background, without stimulus and weakly coupled
    // (gamma J = 0.025 per step), has not synchronised yet.
    AkornGrid m(Settings{{"H", "40"}, {"W", "56"}, {"C", "2"}, {"n", "2"}, {"kernel-size", "5"},
                         {"kernel", "gaussian"}, {"kernel-sigma", "1"}, {"mask", "fish"}});
    m.setParameter("gamma", 0.5);
    m.setParameter("omega", 0.3);
    m.setParameter("J", 0.05);
    m.setParameter("c", 1.0);
    auto x = m.defaultInitialState();
    std::vector<double> next(x.size());
    for (int s = 0; s < 200; ++s) {
        m.evaluate(x.data(), next.data());
        x.swap(next);
    }
    const auto r = akornGridReadout(m.structure(), x.data(), 2);
    qInfo("local order inside %.3f, outside %.3f", r.insideOrder, r.outsideOrder);
    QVERIFY(r.insideOrder > 0.8);
    QVERIFY(r.insideOrder - r.outsideOrder > 0.25);
}

QTEST_APPLESS_MAIN(TestAkornGrid)
#include "tst_akorngrid.moc"
