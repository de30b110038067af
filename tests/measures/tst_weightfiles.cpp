// Weight-file readers (issue 22 point 1): .safetensors, .npy and .npz read through memory maps.
// Values are checked against what the files were written with: files this test writes in every
// dtype (tests/weightwriter.h, written from the format descriptions) and files NumPy itself
// wrote (numpyfixtures.h; element (i, j) = i * 10 + j + 0.25). Then the refusals: big-endian
// data, truncated files, lying headers (offsets past the end, overlapping tensors, a shape that
// does not match the bytes), shapes whose size overflows, unknown dtypes and compressed .npz;
// and that reading one tensor leaves the pages of another untouched.
#include "common/errors.h"
#include "io/imagemask.h"
#include "io/npy.h"
#include "io/safetensors.h"
#include "io/weightfile.h"
#include "numpyfixtures.h"
#include "readertests.h"
#include "weightwriter.h"

#include <QTest>

#include <cmath>
#include <fcntl.h>
#include <functional>
#include <sys/mman.h>
#include <unistd.h>

using namespace nd;

class TestWeightFiles : public QObject {
    Q_OBJECT
private slots:
    void halfAndBfloat16Bits();
    void safetensorsEveryDtype();
    void safetensorsMetadataAndUnsupported();
    void safetensorsLyingHeaders();
    void safetensorsMalformedJson();
    void npyWrittenByNumpy();
    void npyRefusals();
    void npzWrittenByNumpy();
    void npzRefusals();
    void gatherAndFortranOrder();
    void readsOnlyTheTensorsAskedFor();
    void readerMessagesAreTemplates();

private:
    ndtest::TempFiles m_files;
};

namespace {

double expected(std::uint64_t i, std::uint64_t j)
{
    return static_cast<double>(i * 10 + j) + 0.25;
}

std::vector<double> matrixValues(std::uint64_t rows, std::uint64_t cols)
{
    std::vector<double> v;
    for (std::uint64_t i = 0; i < rows; ++i)
        for (std::uint64_t j = 0; j < cols; ++j)
            v.push_back(expected(i, j));
    return v;
}

std::span<const std::byte> bytesOf(const ndtest::Bytes& b)
{
    return std::as_bytes(std::span(b.data(), b.size()));
}

template <std::size_t N> std::span<const std::byte> bytesOf(const std::uint8_t (&a)[N])
{
    return std::as_bytes(std::span(a, N));
}

ndtest::Bytes asBytes(std::span<const std::byte> s)
{
    return ndtest::Bytes(reinterpret_cast<const char*>(s.data()), s.size());
}

void checkMatrix(const TensorView& t, std::uint64_t rows, std::uint64_t cols)
{
    QCOMPARE(t.shape, (std::vector<std::uint64_t>{rows, cols}));
    const std::vector<double> v = t.toDoubles();
    QCOMPARE(v, matrixValues(rows, cols));
}

} // namespace

void TestWeightFiles::halfAndBfloat16Bits()
{
    // IEEE 754 binary16 reference values.
    QCOMPARE(halfToDouble(0x3c00), 1.0);
    QCOMPARE(halfToDouble(0xc000), -2.0);
    QCOMPARE(halfToDouble(0x7bff), 65504.0);
    QCOMPARE(halfToDouble(0x0001), std::ldexp(1.0, -24)); // smallest subnormal
    QCOMPARE(halfToDouble(0x0400), std::ldexp(1.0, -14)); // smallest normal
    QCOMPARE(halfToDouble(0x3555), 0.333251953125);
    QVERIFY(std::isinf(halfToDouble(0x7c00)) && halfToDouble(0x7c00) > 0);
    QVERIFY(std::isnan(halfToDouble(0x7e00)));
    QVERIFY(std::signbit(halfToDouble(0x8000)));
    // bfloat16: the top half of a binary32.
    QCOMPARE(bfloat16ToDouble(0x3f80), 1.0);
    QCOMPARE(bfloat16ToDouble(0xc040), -3.0);
    QCOMPARE(bfloat16ToDouble(0x3e80), 0.25);
    // The test writer's rounding (used for the synthetic checkpoints) round-trips.
    for (std::uint32_t bits = 0; bits < 0x7c00; bits += 7)
        QCOMPARE(ndtest::toHalf(static_cast<float>(halfToDouble(static_cast<std::uint16_t>(bits)))), bits);
}

void TestWeightFiles::safetensorsEveryDtype()
{
    std::vector<ndtest::SafetensorsEntry> entries;
    for (const char* dtype : {"F16", "BF16", "F32", "F64"})
        entries.push_back({std::string("w.") + dtype, dtype, {2, 3}, ndtest::encode(matrixValues(2, 3), dtype)});
    const std::string path = m_files.write("every.safetensors", ndtest::safetensors(entries));
    const WeightFile w = WeightFile::open(path);
    QCOMPARE(w.format(), WeightFormat::Safetensors);
    QCOMPARE(w.tensors().size(), std::size_t{4});
    const TensorDType types[] = {TensorDType::F16, TensorDType::BF16, TensorDType::F32, TensorDType::F64};
    for (int k = 0; k < 4; ++k) {
        const TensorView& t = w.tensor(entries[static_cast<std::size_t>(k)].name);
        QCOMPARE(t.dtype, types[k]);
        checkMatrix(t, 2, 3);
    }
    QVERIFY(ndtest::errorOf([&] { (void)w.tensor("missing"); }).find("no tensor named 'missing'") !=
            std::string::npos);
    // Zero-dimensional and empty tensors are legal.
    const ndtest::Bytes odd = ndtest::safetensors(
        {{"scalar", "F64", {}, ndtest::encode({2.5}, "F64")}, {"empty", "F32", {0, 4}, ""}});
    const SafetensorsContents c = parseSafetensors(bytesOf(odd), "odd");
    QCOMPARE(c.tensors.size(), std::size_t{2});
    for (const TensorView& t : c.tensors)
        QCOMPARE(t.toDoubles(), t.name == "scalar" ? std::vector<double>{2.5} : std::vector<double>{});
}

void TestWeightFiles::safetensorsMetadataAndUnsupported()
{
    const ndtest::Bytes b = ndtest::safetensors({{"ids", "I64", {2}, ndtest::Bytes(16, '\0')},
                                                 {"w", "F32", {1}, ndtest::encode({1.5}, "F32")}},
                                                "{\"format\":\"pt\",\"note\":\"caf\\u00e9 \\ud83d\\ude00\"}");
    const std::string path = m_files.write("meta.safetensors", b);
    const WeightFile w = WeightFile::open(path);
    QCOMPARE(w.metadata().size(), std::size_t{2});
    QCOMPARE(w.metadata()[0].second, std::string("pt"));
    QCOMPARE(w.metadata()[1].second, std::string("caf\xc3\xa9 \xf0\x9f\x98\x80"));
    QCOMPARE(w.tensors().size(), std::size_t{1});
    const std::string e = ndtest::errorOf([&] { (void)w.tensor("ids"); });
    QVERIFY2(e.find("dtype I64") != std::string::npos, e.c_str());
    // A known dtype's byte length is still checked.
    const ndtest::Bytes wrong = ndtest::safetensors({{"ids", "I64", {3}, ndtest::Bytes(16, '\0')}});
    QVERIFY(ndtest::errorOf([&] { (void)parseSafetensors(bytesOf(wrong), "x"); }).find("24 bytes") !=
            std::string::npos);
}

void TestWeightFiles::safetensorsLyingHeaders()
{
    const ndtest::Bytes data = ndtest::encode(matrixValues(2, 2), "F32"); // 16 bytes
    auto parse = [&](const std::string& header, const ndtest::Bytes& d) {
        const ndtest::Bytes b = ndtest::safetensorsFromHeader(header, d);
        return ndtest::errorOf([&] { (void)parseSafetensors(bytesOf(b), "f.safetensors"); });
    };
    auto contains = [](const std::string& e, const char* part) {
        if (e.find(part) == std::string::npos)
            qWarning("message: %s", e.c_str());
        return e.find(part) != std::string::npos && e.rfind("f.safetensors", 0) == 0;
    };
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,32]}})", data), "past the 16"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[8,0]}})", data), "end before"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},)"
                           R"("b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}})",
                           data),
                     "overlap"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[3,2],"data_offsets":[0,16]}})", data),
                     "holds 24 bytes of F32 but data_offsets give 16"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,16]}})",
                           data),
                     "overflows"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[18446744073709551616],"data_offsets":[0,16]}})", data),
                     "too large"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F128","shape":[2,2],"data_offsets":[0,16]}})", data),
                     "unknown dtype 'F128'"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[-2,2],"data_offsets":[0,16]}})", data),
                     "non-negative integer"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[2.0,2],"data_offsets":[0,16]}})", data),
                     "non-negative integer"));
    QVERIFY(contains(parse(R"({"a":{"dtype":"F32","shape":[2,2]}})", data), "needs dtype, shape and data_offsets"));
    // Truncated: the file ends inside the data, inside the header, inside the length.
    const ndtest::Bytes whole = ndtest::safetensors({{"a", "F32", {2, 2}, data}});
    const std::string path = m_files.write("cut.safetensors", whole.substr(0, whole.size() - 1));
    QVERIFY(ndtest::errorOf([&] { (void)WeightFile::open(path); }).find("truncated") != std::string::npos);
    QVERIFY(ndtest::errorOf([&] {
                (void)parseSafetensors(bytesOf(whole.substr(0, 20)), "x");
            }).find("runs past the end") != std::string::npos);
    QVERIFY(ndtest::errorOf([&] {
                (void)parseSafetensors(bytesOf(whole.substr(0, 5)), "x");
            }).find("shorter than") != std::string::npos);
    // A header length from another file format (huge) is refused before anything is read.
    ndtest::Bytes huge = whole;
    huge[6] = '\x01';
    QVERIFY(ndtest::errorOf([&] { (void)parseSafetensors(bytesOf(huge), "x"); }).find("over the limit") !=
            std::string::npos);
}

void TestWeightFiles::safetensorsMalformedJson()
{
    const char* bad[] = {
        R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},})", // trailing comma
        R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{}})", // duplicate key
        R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]})",        // unclosed
        R"([1,2])",                                                         // not an object
        R"({"a":{"dtype":"F32","shape":[01],"data_offsets":[0,4]}})",       // leading zero
        R"({"__metadata__":{"k":1}})",                                      // metadata not a string
        R"({"a":"\ud800"})",                                                // lone surrogate
        "{\"a\":\"tab\there\"}",                                            // control character
    };
    for (const char* header : bad) {
        const ndtest::Bytes b = ndtest::safetensorsFromHeader(header, ndtest::Bytes(4, '\0'));
        const std::string e = ndtest::errorOf([&] { (void)parseSafetensors(bytesOf(b), "x"); });
        QVERIFY2(e != "no error", header);
    }
    // Deep nesting is refused, not a stack overflow.
    const std::string deep = "{\"__metadata__\":" + std::string(100000, '[') + "}";
    const ndtest::Bytes b = ndtest::safetensorsFromHeader(deep, "");
    QVERIFY(ndtest::errorOf([&] { (void)parseSafetensors(bytesOf(b), "x"); }).find("nested too deeply") !=
            std::string::npos);
}

void TestWeightFiles::npyWrittenByNumpy()
{
    using namespace ndtest::numpyfixtures;
    const TensorView f16 = parseNpy(bytesOf(kNpyF16), "a", "a.npy");
    QCOMPARE(f16.dtype, TensorDType::F16);
    checkMatrix(f16, 2, 3);
    const TensorView fortran = parseNpy(bytesOf(kNpyF32Fortran), "b", "b.npy");
    QVERIFY(fortran.fortranOrder);
    QCOMPARE(fortran.dtype, TensorDType::F32);
    checkMatrix(fortran, 3, 4);
    QCOMPARE(fortran.at2(2, 1), expected(2, 1));
    checkMatrix(parseNpy(bytesOf(kNpyF64V2), "c", "c.npy"), 2, 2);
    checkMatrix(parseNpy(bytesOf(kNpyF64V3), "d", "d.npy"), 1, 3);
    // Through a file: a lone .npy is one tensor named after the file.
    const std::string path = m_files.write("layer0.npy", asBytes(bytesOf(kNpyF16)));
    const WeightFile w = WeightFile::open(path);
    QCOMPARE(w.format(), WeightFormat::Npy);
    checkMatrix(w.tensor("layer0"), 2, 3);
}

void TestWeightFiles::npyRefusals()
{
    using namespace ndtest::numpyfixtures;
    std::string e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(kNpyBigEndian), "a", "a.npy"); });
    QVERIFY2(e.find("big-endian") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(kNpyInt), "a", "a.npy"); });
    QVERIFY2(e.find("dtype '<i4' is not read") != std::string::npos, e.c_str());
    const ndtest::Bytes whole = asBytes(bytesOf(kNpyF16));
    e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(whole.substr(0, whole.size() - 1)), "a", "a.npy"); });
    QVERIFY2(e.find("truncated") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(whole.substr(0, 40)), "a", "a.npy"); });
    QVERIFY2(e.find("runs past the end") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(ndtest::Bytes("PK\x03\x04 not npy")), "a", "a.npy"); });
    QVERIFY2(e.find("magic") != std::string::npos, e.c_str());
    // Lying shapes: more elements than bytes, and one whose size overflows 64 bits.
    const ndtest::Bytes data = ndtest::encode({1, 2, 3, 4}, "F64");
    e = ndtest::errorOf([&] { (void)parseNpy(bytesOf(ndtest::npy("<f8", {2, 3}, data)), "a", "a.npy"); });
    QVERIFY2(e.find("holds 48 bytes but the array has 32") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        (void)parseNpy(bytesOf(ndtest::npy("<f8", {1ull << 40, 1ull << 40}, data)), "a", "a.npy");
    });
    QVERIFY2(e.find("overflows") != std::string::npos, e.c_str());
    // Headers that are not NumPy's dict.
    for (const char* header : {"{'descr': '<f8', 'shape': (4,), }", "{'descr': '<f8', 'fortran_order': 0, 'shape': (4,)}",
                               "{'descr': [('x', '<f8')], 'fortran_order': False, 'shape': (4,)}",
                               "{'descr': '<f8', 'fortran_order': False, 'shape': (4,), 'extra': 1}",
                               "{'descr': '<f8', 'fortran_order': False, 'shape': (-4,)}"}) {
        ndtest::Bytes b("\x93NUMPY\x01\x00", 8);
        ndtest::appendLe<std::uint16_t>(b, static_cast<std::uint16_t>(std::strlen(header)));
        b += header + data;
        QVERIFY2(ndtest::errorOf([&] { (void)parseNpy(bytesOf(b), "a", "a.npy"); }) != "no error", header);
    }
    ndtest::Bytes v9 = whole;
    v9[6] = '\x09';
    QVERIFY(ndtest::errorOf([&] { (void)parseNpy(bytesOf(v9), "a", "a.npy"); }).find("version 9.0") !=
            std::string::npos);
}

void TestWeightFiles::npzWrittenByNumpy()
{
    using namespace ndtest::numpyfixtures;
    // numpy.savez writes zip64 local headers (force_zip64): the reader must follow them.
    const std::vector<TensorView> t = parseNpz(bytesOf(kNpzSaved), "saved.npz");
    QCOMPARE(t.size(), std::size_t{3});
    QCOMPARE(t[0].name, std::string("w1"));
    QCOMPARE(t[1].name, std::string("w2"));
    QCOMPARE(t[2].name, std::string("b"));
    checkMatrix(t[0], 4, 3);
    checkMatrix(t[1], 2, 4);
    QCOMPARE(t[1].dtype, TensorDType::F16);
    checkMatrix(t[2], 1, 2);
    const std::string path = m_files.write("saved.npz", asBytes(bytesOf(kNpzSaved)));
    const WeightFile w = WeightFile::open(path);
    QCOMPARE(w.format(), WeightFormat::Npz);
    checkMatrix(w.tensor("w1"), 4, 3);
    // Our own stored zip (no zip64 records) reads the same.
    const ndtest::Bytes own = ndtest::storedZip({{"x.npy", ndtest::npy("<f4", {2, 2}, ndtest::encode(matrixValues(2, 2), "F32"))}});
    checkMatrix(parseNpz(bytesOf(own), "own.npz").at(0), 2, 2);
}

void TestWeightFiles::npzRefusals()
{
    using namespace ndtest::numpyfixtures;
    std::string e = ndtest::errorOf([&] { (void)parseNpz(bytesOf(kNpzCompressed), "c.npz"); });
    QVERIFY2(e.find("compressed (deflate") != std::string::npos && e.find("member 'w.npy'") != std::string::npos,
             e.c_str());
    const ndtest::Bytes whole = asBytes(bytesOf(kNpzSaved));
    e = ndtest::errorOf([&] { (void)parseNpz(bytesOf(whole.substr(0, whole.size() - 10)), "s.npz"); });
    QVERIFY2(e.find("no zip directory") != std::string::npos, e.c_str());
    // The directory still there but the member data cut out of the middle.
    const ndtest::Bytes member = ndtest::npy("<f4", {2, 2}, ndtest::encode(matrixValues(2, 2), "F32"));
    ndtest::Bytes zip = ndtest::storedZip({{"x.npy", member}});
    ndtest::Bytes lying = zip;
    lying[lying.size() - 22 + 19] = '\x40'; // directory offset past the end
    e = ndtest::errorOf([&] { (void)parseNpz(bytesOf(lying), "l.npz"); });
    QVERIFY2(e.find("past the end") != std::string::npos, e.c_str());
    // A member whose .npy is broken names the member.
    ndtest::Bytes broken = ndtest::storedZip({{"x.npy", member.substr(0, member.size() - 4)}});
    e = ndtest::errorOf([&] { (void)parseNpz(bytesOf(broken), "b.npz"); });
    QVERIFY2(e.find("member 'x.npy'") != std::string::npos && e.find("truncated") != std::string::npos, e.c_str());
    e = ndtest::errorOf([&] {
        (void)parseNpz(bytesOf(ndtest::storedZip({{"x.npy", member}, {"x.npy", member}})), "d.npz");
    });
    QVERIFY2(e.find("two members") != std::string::npos, e.c_str());
    QVERIFY(ndtest::errorOf([&] {
                (void)WeightFile::open(m_files.write("w.txt", "x"));
            }).find("not a weight file") != std::string::npos);
}

void TestWeightFiles::gatherAndFortranOrder()
{
    using namespace ndtest::numpyfixtures;
    const TensorView c = parseNpz(bytesOf(kNpzSaved), "saved.npz").at(0); // 4 x 3, C order
    const TensorView f = parseNpy(bytesOf(kNpyF32Fortran), "b", "b.npy"); // 3 x 4, Fortran order
    const std::vector<std::size_t> rows = {2, 0}, cols = {1, 2, 0};
    const std::vector<double> want = {expected(2, 1), expected(2, 2), expected(2, 0),
                                      expected(0, 1), expected(0, 2), expected(0, 0)};
    QCOMPARE(c.gather(rows, cols), want);
    QCOMPARE(f.gather(rows, cols), want);
    const std::vector<std::size_t> outOfRange = {4};
    QVERIFY(ndtest::errorOf([&] { (void)c.gather(outOfRange, cols); }).find("row 4 is out of range") !=
            std::string::npos);
}

void TestWeightFiles::readsOnlyTheTensorsAskedFor()
{
    // Two 32 MB tensors in a sparse file: reading a few entries of the first must leave the pages
    // of the second out of memory (mincore on the mapping), i.e. the reader maps, it does not load.
    const std::uint64_t n = 4096;
    const std::string real = "{\"a\":{\"dtype\":\"F16\",\"shape\":[4096,4096],\"data_offsets\":[0,33554432]},"
                             "\"b\":{\"dtype\":\"F16\",\"shape\":[4096,4096],\"data_offsets\":[33554432,67108864]}}";
    const std::string path = m_files.write("sparse.safetensors", ndtest::safetensorsFromHeader(real, ""));
    QCOMPARE(::truncate(path.c_str(), static_cast<off_t>(8 + real.size() + 2 * n * n * 2)), 0);
    const WeightFile w = WeightFile::open(path);
    (void)w.dropPageCache();
    auto resident = [](std::span<const std::byte> s) {
        const long page = ::sysconf(_SC_PAGESIZE);
        const auto begin = reinterpret_cast<std::uintptr_t>(s.data()) / page * page;
        const auto end = reinterpret_cast<std::uintptr_t>(s.data() + s.size());
        const std::size_t pages = (end - begin + page - 1) / page;
        std::vector<unsigned char> in(pages);
        if (::mincore(reinterpret_cast<void*>(begin), end - begin, in.data()) != 0)
            return std::size_t{0};
        std::size_t count = 0;
        for (unsigned char c : in)
            count += c & 1;
        return count;
    };
    const std::vector<std::size_t> rows = {1, 100, 2000}, cols = {5, 6};
    const std::size_t before = resident(w.tensor("b").data);
    QCOMPARE(w.tensor("a").gather(rows, cols), std::vector<double>(6, 0.0));
    if (resident(w.tensor("a").data) == 0)
        QSKIP("the file system keeps no cached pages for the holes of a sparse file (tmpfs?): nothing to compare");
    const std::size_t totalPages = 2 * n * n / static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t inB = resident(w.tensor("b").data);
    QVERIFY2(inB < totalPages / 100,
             qPrintable(QString("%1 of %2 pages of b resident (%3 before)").arg(inB).arg(totalPages).arg(before)));
}

// The readers' refusals carry an engine message template (ND_ENGINE_TEXT, listed in
// app/study/enginemessage.cpp) so the GUI can translate them; what() stays the English text,
// the template filled with the arguments. One refusal of each reader, and of the JSON parser.
void TestWeightFiles::readerMessagesAreTemplates()
{
    const ndtest::Bytes data = ndtest::encode(matrixValues(2, 2), "F32");
    const std::vector<std::function<void()>> refusals{
        [] { (void)parseSafetensors(bytesOf(ndtest::Bytes("abc")), "short.safetensors"); },
        [&] {
            (void)parseSafetensors(bytesOf(ndtest::safetensorsFromHeader(R"({"a":{"dtype":"F32",)", data)),
                                   "cut");
        },
        [&] {
            (void)parseSafetensors(bytesOf(ndtest::safetensorsFromHeader(
                                       R"({"a":{"dtype":"Q8","shape":[2,2],"data_offsets":[0,16]}})", data)),
                                   "q8");
        },
        [] { (void)parseNpy(bytesOf(ndtest::Bytes("not numpy at all")), "x", "x.npy"); },
        [] { (void)parseNpz(bytesOf(ndtest::Bytes("PK")), "x.npz"); },
        [&] { (void)WeightFile::open(m_files.write("weights.txt", "x")); },
        [&] {
            (void)WeightFile::open(
                m_files.write("w.safetensors", ndtest::safetensors({{"w", "F32", {2, 2}, data}})))
                .tensor("v");
        },
        [] { (void)readPgm("P2\n3 0\n255\n", "flat.pgm"); },
        [] { (void)readImageFile("/nonexistent/neurodyn/mask.pgm"); },
    };
    for (const auto& refuse : refusals) {
        try {
            refuse();
            QFAIL("no refusal");
        } catch (const InputError& e) {
            QVERIFY2(e.messageTemplate(), e.what());
            QCOMPARE(fillMessage(e.messageTemplate(), e.arguments()), std::string(e.what()));
        }
    }
}

QTEST_GUILESS_MAIN(TestWeightFiles)
#include "tst_weightfiles.moc"
