namespace SupportGrains.Api.Operations;

/// <summary>
/// The rate limits (<c>RateLimits:*</c>): token buckets per signed-in account and per remote address
/// for /graphql, and a stricter one per address for signing in (POST /signin and /api/token). A
/// bucket holds <see cref="Bucket.Burst"/> requests and refills <see cref="Bucket.PerSecond"/> a second.
/// The defaults are far above what a person or the tests ask for; they stop floods.
/// </summary>
public sealed record RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary><c>RateLimits:Enabled</c>: false turns every limit off (a benchmark driving the API flat out sets it).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>RateLimits:GraphQL:PerAccount</c>: each signed-in account's requests to /graphql.</summary>
    public Bucket GraphQLPerAccount { get; init; } = new(2000, 500);

    /// <summary><c>RateLimits:GraphQL:PerAddress</c>: each remote address's requests to /graphql, signed in or not.</summary>
    public Bucket GraphQLPerAddress { get; init; } = new(5000, 1000);

    /// <summary><c>RateLimits:SignIn:PerAddress</c>: each remote address's POSTs to /signin and /api/token (each costs a password hash).</summary>
    public Bucket SignInPerAddress { get; init; } = new(100, 2);

    /// <summary>A token bucket: how many requests at once, and how many more each second.</summary>
    public sealed record Bucket(int Burst, double PerSecond);

    public static RateLimitSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new RateLimitSettings();
        var section = configuration.GetSection(Section);
        return new RateLimitSettings
        {
            Enabled = section.GetValue("Enabled", defaults.Enabled),
            GraphQLPerAccount = Read(section.GetSection("GraphQL:PerAccount"), defaults.GraphQLPerAccount, "RateLimits:GraphQL:PerAccount"),
            GraphQLPerAddress = Read(section.GetSection("GraphQL:PerAddress"), defaults.GraphQLPerAddress, "RateLimits:GraphQL:PerAddress"),
            SignInPerAddress = Read(section.GetSection("SignIn:PerAddress"), defaults.SignInPerAddress, "RateLimits:SignIn:PerAddress"),
        };
    }

    private static Bucket Read(IConfigurationSection section, Bucket defaults, string name)
    {
        var bucket = new Bucket(section.GetValue("Burst", defaults.Burst), section.GetValue("PerSecond", defaults.PerSecond));
        if (bucket.Burst < 1 || bucket.PerSecond <= 0)
        {
            throw new InvalidOperationException($"{name}: Burst must be at least 1 and PerSecond above 0 (to lift a limit, set RateLimits:Enabled=false or large numbers).");
        }

        return bucket;
    }
}
