using SupportGrains.Grains.Due;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;

namespace SupportGrains.Api.Components.Shared;

/// <summary>The plain words the team leaders' pages (person, rota, match board) use beside <see cref="Words"/>: rings of the circle, relationships, reviews, the profile's sections, what is due.</summary>
public static class TeamWords
{
    /// <summary>The stages a match moves through on the board, in order (DOMAIN.md "Match stages").</summary>
    public static IReadOnlyList<MatchStage> Stages { get; } = Enum.GetValues<MatchStage>();

    /// <summary>The next stage a match can advance to (none from MATCHED, whose next step is ending, nor from ENDED).</summary>
    public static MatchStage? NextStage(MatchStage stage) => stage < MatchStage.Matched ? stage + 1 : null;

    public static string Capital(string words) => string.IsNullOrEmpty(words) ? words : char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>The ring of the circle in words: 1 is the inner ring.</summary>
    public static string Closeness(int closeness) => closeness switch
    {
        <= 1 => "closest",
        2 => "very close",
        3 => "close",
        4 => "known well",
        _ => "further out",
    };

    public static string Relationship(RelationshipKind kind) => kind switch
    {
        RelationshipKind.PaidSupport => "paid support",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Perspective(Perspective perspective) => perspective switch
    {
        Grains.Matches.Perspective.Person => "the person's view",
        Grains.Matches.Perspective.Family => "the family's view",
        _ => "staff's view",
    };

    public static string Section(ProfileSection section) => section switch
    {
        ProfileSection.Appreciation => "What people like and admire about me",
        ProfileSection.ImportantToMe => "What is important to me",
        ProfileSection.HowToSupportMe => "How best to support me",
        _ => "My interests",
    };

    public static string Due(DueKind kind) => kind switch
    {
        DueKind.Review => "review",
        DueKind.InductionEnd => "end of induction",
        DueKind.LeaderContact => "leader's time together",
        _ => "return-to-work conversation",
    };

    /// <summary>What a one-page profile holds in a section.</summary>
    public static System.Collections.Immutable.ImmutableArray<string> Items(OnePageProfile profile, ProfileSection section)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return section switch
        {
            ProfileSection.Appreciation => profile.Appreciation,
            ProfileSection.ImportantToMe => profile.ImportantToMe,
            ProfileSection.HowToSupportMe => profile.HowToSupportMe,
            _ => profile.Interests,
        };
    }

    /// <summary>Lines typed into a box, one item each, blank lines dropped.</summary>
    public static System.Collections.Immutable.ImmutableArray<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
