#include "gui/linksdialog.h"

#include "common/errors.h"
#include "study/enginemessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace nd {

namespace {
enum Column { LinkColumn, TargetColumn, ScaleColumn, OffsetColumn, ColumnCount };

QString number(double v)
{
    return QLocale().toString(v, 'g', 15);
}

bool parseNumber(const QString& text, double& out)
{
    bool ok = false;
    out = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        out = text.trimmed().toDouble(&ok); // a C-locale number pasted in
    return ok && std::isfinite(out);
}
} // namespace

LinksDialog::LinksDialog(const Model& model, QWidget* parent) : QDialog(parent), m_model(model.clone())
{
    setWindowTitle(tr("Linked Parameters"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A linked parameter sets several parameters at once: target = scale × link + offset. It "
           "appears with the parameters (sliders, orbit diagram, scans, continuation); its targets "
           "follow it. One row per target; rows with the same link name form one link."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Link"), tr("Target"), tr("Scale"), tr("Offset")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table);

    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Row"), this);
    add->setToolTip(tr("Add a target row (to a new link, or to the selected row's link)"));
    auto* remove = new QPushButton(tr("&Remove Row"), this);
    remove->setToolTip(tr("Remove the selected rows"));
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(add, &QPushButton::clicked, this, [this]() {
        const int current = m_table->currentRow();
        const QString link = current >= 0 && m_table->item(current, LinkColumn)
                                 ? m_table->item(current, LinkColumn)->text()
                                 : QString();
        // The first of the model's own parameters no link sets yet, as a start.
        QString target;
        std::vector<ParameterLink> present;
        QString ignored;
        read(present, ignored);
        for (int i = 0; i < m_model->ownParameterCount() && target.isEmpty(); ++i) {
            const std::string& name = m_model->parameterSpecs()[static_cast<std::size_t>(i)].name;
            bool used = false;
            for (const auto& l : present)
                for (const auto& t : l.targets)
                    used = used || t.name == name;
            if (!used)
                target = QString::fromStdString(name);
        }
        addRow(link.isEmpty() ? QStringLiteral("p") : link, target, 1.0, 0.0);
        m_table->setCurrentCell(m_table->rowCount() - 1, link.isEmpty() ? LinkColumn : TargetColumn);
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        QList<int> rows;
        for (const auto& range : m_table->selectedRanges())
            for (int r = range.topRow(); r <= range.bottomRow(); ++r)
                rows << r;
        if (rows.isEmpty() && m_table->currentRow() >= 0)
            rows << m_table->currentRow();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : rows)
            m_table->removeRow(r);
        validate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &LinksDialog::validate);

    for (const auto& l : model.links())
        for (const auto& t : l.targets)
            addRow(QString::fromStdString(l.name), QString::fromStdString(t.name), t.scale, t.offset);
    m_model->setLinks({});
    validate();
    resize(560, 360);
}

void LinksDialog::addRow(const QString& link, const QString& target, double scale, double offset)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, LinkColumn, new QTableWidgetItem(link));
    m_table->setItem(row, TargetColumn, new QTableWidgetItem(target));
    m_table->setItem(row, ScaleColumn, new QTableWidgetItem(number(scale)));
    m_table->setItem(row, OffsetColumn, new QTableWidgetItem(number(offset)));
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(row, c)->setToolTip(c == ScaleColumn || c == OffsetColumn
                                              ? tr("target = scale × link + offset")
                                              : tr("A parameter of the model, or another link"));
    validate();
}

bool LinksDialog::read(std::vector<ParameterLink>& out, QString& error) const
{
    out.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString();
        };
        LinkTarget t;
        t.name = text(TargetColumn).toStdString();
        if (!parseNumber(text(ScaleColumn), t.scale)) {
            error = tr("Row %1: the scale must be a number").arg(r + 1);
            return false;
        }
        if (!parseNumber(text(OffsetColumn), t.offset)) {
            error = tr("Row %1: the offset must be a number").arg(r + 1);
            return false;
        }
        const std::string name = text(LinkColumn).toStdString();
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& l) { return l.name == name; });
        if (it == out.end())
            it = out.insert(out.end(), ParameterLink{name, {}});
        it->targets.push_back(t);
    }
    return true;
}

std::vector<ParameterLink> LinksDialog::links() const
{
    std::vector<ParameterLink> out;
    QString error;
    read(out, error);
    return out;
}

QString LinksDialog::problem() const
{
    return m_problem->text();
}

void LinksDialog::validate()
{
    std::vector<ParameterLink> links;
    QString error;
    if (read(links, error)) {
        try {
            auto check = m_model->clone();
            check->setLinks(links);
        } catch (const InputError& e) {
            error = engineMessage(e);
        }
    }
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace nd
