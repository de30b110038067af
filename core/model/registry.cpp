#include "model/registry.h"

#include "common/errors.h"
#include "equations/equationsmodel.h"
#include "maps/chialvo.h"
#include "maps/memristivechialvo.h"
#include "maps/referencemaps.h"
#include "maps/rulkov.h"
#include "network/chainnetwork.h"
#include "network/genericnetwork.h"
#include "network/ringstar.h"
#include "oscillators/akorn.h"
#include "oscillators/akorngrid.h"
#include "oscillators/kuramoto.h"

#include <functional>
#include <map>

namespace nd {

namespace {
using Factory = std::function<std::unique_ptr<Model>(const Settings&)>;

// For models without structural settings: refuses any setting.
template <class M> Factory plain()
{
    return [](const Settings& settings) -> std::unique_ptr<Model> {
        auto m = std::make_unique<M>();
        if (!settings.empty())
            throw InputError(ND_ENGINE_TEXT("%1 has no setting named '%2'"),
                             {m->typeName(), settings.begin()->first});
        return m;
    };
}

// For models whose constructor takes (and validates) the structural settings.
template <class M> Factory withSettings()
{
    return [](const Settings& settings) -> std::unique_ptr<Model> { return std::make_unique<M>(settings); };
}

const std::map<std::string, Factory>& factories()
{
    static const std::map<std::string, Factory> table = {
        {"chialvo", plain<ChialvoMap>()},
        {"rulkov", plain<RulkovMap>()},
        {"logistic", plain<LogisticMap>()},
        {"delayed-logistic", plain<DelayedLogisticMap>()},
        {"henon", plain<HenonMap>()},
        {"memristive-chialvo", plain<MemristiveChialvoMap>()},
        {"ring-star", withSettings<RingStarNetwork>()},
        {"ring-star-k4", withSettings<RingStarK4Network>()},
        {"chain", withSettings<ChainNetwork>()},
        {"map-network", withSettings<GenericMapNetwork>()},
        {"kuramoto", withSettings<KuramotoNetwork>()},
        {"akorn", withSettings<AkornNetwork>()},
        {"akorn-grid", withSettings<AkornGrid>()},
        {eq::EquationsModel::kTypeName, &eq::EquationsModel::fromSettings},
    };
    return table;
}
} // namespace

std::unique_ptr<Model> createModel(const std::string& typeName, const Settings& settings)
{
    const auto& table = factories();
    const auto it = table.find(typeName);
    if (it == table.end()) {
        std::string known;
        for (const auto& [name, f] : table)
            known += (known.empty() ? "" : ", ") + name;
        throw InputError(ND_ENGINE_TEXT("unknown model type '%1' (known: %2)"), {typeName, known});
    }
    return it->second(settings);
}

std::vector<std::string> modelTypeNames()
{
    std::vector<std::string> names;
    for (const auto& [name, f] : factories())
        names.push_back(name);
    return names;
}

} // namespace nd
