// The model description: parameter lookup, validation and the registry.
#include "common/errors.h"
#include "model/registry.h"

#include <QTest>

using namespace nd;

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void registryCreatesKnownTypes();
    void unknownTypeNamesTheKnownOnes();
    void parametersHaveDefaultsWithinRanges();
    void cloneIsIndependent();
};

void TestModel::registryCreatesKnownTypes()
{
    for (const auto& name : modelTypeNames()) {
        const auto m = createModel(name);
        QCOMPARE(m->typeName(), name);
        QCOMPARE(static_cast<int>(m->variableNames().size()), m->dimension());
        QCOMPARE(static_cast<int>(m->defaultInitialState().size()), m->dimension());
    }
}

void TestModel::unknownTypeNamesTheKnownOnes()
{
    try {
        createModel("no-such-model");
        QFAIL("expected an InputError");
    } catch (const InputError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("chialvo")));
    }
}

void TestModel::parametersHaveDefaultsWithinRanges()
{
    for (const auto& name : modelTypeNames()) {
        const auto m = createModel(name);
        for (const auto& s : m->parameterSpecs()) {
            QVERIFY(s.minimum <= s.defaultValue && s.defaultValue <= s.maximum);
            QVERIFY(s.typicalMinimum < s.typicalMaximum);
            QVERIFY(!s.description.empty());
        }
    }
}

void TestModel::cloneIsIndependent()
{
    auto m = createModel("chialvo");
    auto c = m->clone();
    c->setParameter("b", 0.18);
    QCOMPARE(m->parameter("b"), 0.6);
    QCOMPARE(c->parameter("b"), 0.18);
}

QTEST_APPLESS_MAIN(TestModel)
#include "tst_model.moc"
