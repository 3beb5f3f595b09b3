using System.Globalization;
using System.Runtime.InteropServices;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// The key part of a grain's identity: a string, a Guid or a long, kept in its own kind so that
/// a string key "42" and an integer key 42 are never the same grain.
/// </summary>
public readonly struct GrainKey : IEquatable<GrainKey>
{
    private readonly string? _text;
    private readonly long _low;
    private readonly long _high;

    private GrainKey(GrainKeyKind kind, string? text, long low, long high)
    {
        Kind = kind;
        _text = text;
        _low = low;
        _high = high;
    }

    /// <summary>The kind of key.</summary>
    public GrainKeyKind Kind { get; }

    public static GrainKey From(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new GrainKey(GrainKeyKind.String, key, 0, 0);
    }

    public static GrainKey From(Guid key)
    {
        Span<long> halves = stackalloc long[2];
        key.TryWriteBytes(MemoryMarshal.AsBytes(halves));
        return new GrainKey(GrainKeyKind.Guid, null, halves[0], halves[1]);
    }

    public static GrainKey From(long key) => new(GrainKeyKind.Integer, null, key, 0);

    /// <summary>The string key; throws for other kinds.</summary>
    public string AsString() => Kind == GrainKeyKind.String ? _text! : throw WrongKind(GrainKeyKind.String);

    /// <summary>The Guid key; throws for other kinds.</summary>
    public Guid AsGuid()
    {
        if (Kind != GrainKeyKind.Guid)
        {
            throw WrongKind(GrainKeyKind.Guid);
        }

        Span<long> halves = [_low, _high];
        return new Guid(MemoryMarshal.AsBytes(halves));
    }

    /// <summary>The integer key; throws for other kinds.</summary>
    public long AsLong() => Kind == GrainKeyKind.Integer ? _low : throw WrongKind(GrainKeyKind.Integer);

    /// <summary>Parses the text form of a key of the given kind (the inverse of <see cref="ToString"/>).</summary>
    public static GrainKey Parse(GrainKeyKind kind, string text) => kind switch
    {
        GrainKeyKind.String => From(text),
        GrainKeyKind.Guid => From(Guid.Parse(text, CultureInfo.InvariantCulture)),
        GrainKeyKind.Integer => From(long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public bool Equals(GrainKey other) =>
        Kind == other.Kind && _low == other._low && _high == other._high && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is GrainKey other && Equals(other);

    public override int GetHashCode() => Kind == GrainKeyKind.String
        ? _text!.GetHashCode(StringComparison.Ordinal)
        : HashCode.Combine(_low, _high);

    /// <summary>The key as text: the string itself, the Guid in "D" format, or the integer in invariant digits.</summary>
    public override string ToString() => Kind switch
    {
        GrainKeyKind.String => _text!,
        GrainKeyKind.Guid => AsGuid().ToString("D"),
        GrainKeyKind.Integer => _low.ToString(CultureInfo.InvariantCulture),
        _ => "(no key)",
    };

    public static bool operator ==(GrainKey left, GrainKey right) => left.Equals(right);

    public static bool operator !=(GrainKey left, GrainKey right) => !left.Equals(right);

    private InvalidOperationException WrongKind(GrainKeyKind wanted) =>
        new($"The grain key {this} is a {Kind} key, not a {wanted} key.");
}
