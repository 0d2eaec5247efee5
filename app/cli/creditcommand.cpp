#include "app/cli/creditcommand.h"

#include "app/cli/commandcontext.h"
#include "app/cli/subcommandparser.h"
#include "core/admin/creditadmin.h"
#include "core/report/jsontext.h"
#include "core/report/tracecolumns.h"

#include <QJsonObject>

namespace Cli {

namespace {

QJsonObject statusJson(const Ledger::CreditStatus &status)
{
    return QJsonObject{
        {QStringLiteral("enabled"), status.enabled},
        {QStringLiteral("topped_up_usd"), Report::JsonText::money(status.toppedUp)},
        {QStringLiteral("spent_usd"), Report::JsonText::money(status.spent)},
        {QStringLiteral("available_usd"), Report::JsonText::money(status.available())},
        {QStringLiteral("since"), status.periodStart.isValid() ? QJsonValue(Report::TraceColumns::isoTime(status.periodStart))
                                                               : QJsonValue(QJsonValue::Null)},
    };
}

void printStatus(QTextStream &out, const Ledger::CreditStatus &status)
{
    if (!status.enabled) {
        out << "Credit limit: off (no credit limit applies). Turn it on with: tollgate credit add USD\n";
        return;
    }
    out << "Credit limit: on since " << Report::TraceColumns::isoTime(status.periodStart) << '\n'
        << "topped up:   " << status.toppedUp.toUsdString() << '\n'
        << "spent:       " << status.spent.toUsdString() << '\n'
        << "available:   " << status.available().toUsdString() << '\n';
}

} // namespace

int runCreditCommand(CommandContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"--help" || action == u"-h") {
        context.out() << "Usage: tollgate [--data DIR] credit add USD [--note TEXT] [--json] | show [--json] | off [--json]\n";
        return Success;
    }
    if (action != u"add" && action != u"show" && action != u"off")
        return context.usage(action.isEmpty() ? QStringLiteral("credit: missing action (add, show, off)")
                                              : QStringLiteral("credit: unknown action \"%1\" (add, show, off)").arg(action));

    SubcommandParser parser(QStringLiteral("credit ") + action,
                            action == u"add"    ? QStringLiteral("Top up the credit wallet; the first top-up turns the credit limit on.")
                            : action == u"show" ? QStringLiteral("Show the credit wallet.")
                                                : QStringLiteral("Turn the credit limit off; the entries stay in the ledger."));
    if (action == u"add") {
        parser.addPositional(QStringLiteral("USD"), QStringLiteral("Amount to add, e.g. 25 or 12.50."));
        parser.addValueOption(QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("A note kept with the entry."));
    }
    parser.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON document."));
    // "credit add -5" would read as an unknown option "-5": name the real problem instead.
    if (action == u"add" && !rest.isEmpty() && rest.first().startsWith(u'-') && rest.first().size() > 1 && rest.first().at(1).isDigit())
        return context.usage(QStringLiteral("credit add: the amount must be positive, got %1").arg(rest.first()));
    if (!parser.parse(rest))
        return context.usage(parser.error());
    if (parser.helpShown())
        return Success;

    std::optional<Common::Money> amount;
    if (action == u"add") {
        auto parsed = Common::Money::parseAmount(parser.positional(0), Common::Money::maxAmount());
        if (!parsed)
            return context.usage(QStringLiteral("credit add: ") + parsed.error().message);
        amount = parsed.value();
        if (*amount <= Common::Money())
            return context.usage(QStringLiteral("credit add: the amount must be positive, got %1").arg(parser.positional(0)));
    }
    auto ledger = context.ledger();
    if (!ledger)
        return context.fail(ledger.error());
    Admin::CreditAdmin admin(*ledger.value(), context.clock());
    Common::Result<Ledger::CreditStatus> status = admin.status();
    const bool wasOn = status && status->enabled;
    if (action == u"add")
        status = admin.topUp(*amount, parser.value(QStringLiteral("note")).value_or(QString()));
    else if (action == u"off")
        status = admin.switchOff();
    if (!status)
        return context.fail(status.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(statusJson(status.value()));
        return Success;
    }
    if (action == u"add")
        context.out() << "Added " << amount->toUsdString() << " of credit.\n";
    else if (action == u"off" && wasOn)
        context.out() << "Credit limit turned off; the entries stay in the ledger.\n";
    else if (action == u"off")
        context.out() << "The credit limit was already off.\n";
    printStatus(context.out(), status.value());
    return Success;
}

} // namespace Cli
