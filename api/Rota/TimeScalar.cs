using System.Globalization;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.Api.Rota;

/// <summary>A time of day on the 24-hour clock, "08:00" or "22:30" (seconds allowed, "07:45:30") ↔ <see cref="TimeOnly"/>.</summary>
internal static class TimeScalar
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss", "H:mm"];

    public static ScalarType Type { get; } = new(
        "Time",
        value => value switch
        {
            TimeOnly t => Format(t),
            string s when TryParse(s, out var t) => Format(t),
            _ => throw new ScalarCoercionException($"Time cannot represent value: {Inspect.Value(value)}"),
        },
        input => input is string s && TryParse(s, out var time)
            ? time
            : throw new ScalarCoercionException($"Time cannot represent value: {Inspect.Value(input)}; expected a time of day such as \"08:00\" or \"22:30\"."),
        (node, _) => node is StringValueNode s && TryParse(s.Value, out var time)
            ? time
            : throw new ScalarCoercionException($"Time cannot represent value: {Printer.Print(node)}; expected a time of day such as \"08:00\" or \"22:30\"."),
        "A time of day on the 24-hour clock, such as 08:00 or 22:30.");

    private static string Format(TimeOnly time) => time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out TimeOnly time) => TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
