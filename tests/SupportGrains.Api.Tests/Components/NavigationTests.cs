using System.Collections.Immutable;
using SupportGrains.Api.Access;
using SupportGrains.Api.Components;

namespace SupportGrains.Api.Tests.Components;

/// <summary>The navigation shows each role the pages it may use, and only those that are built.</summary>
public sealed class NavigationTests
{
    private const string Organisation = "org-northfield";

    [Fact]
    public void Staff_see_me_leaders_also_person_rota_and_match_board_directors_everything()
    {
        Assert.Equal(["Me"], Titles(Colleague(SupportClaims.StaffRole)));
        Assert.Equal(["Me", "Person", "Rota", "Match board"], Titles(Colleague(SupportClaims.TeamLeaderRole)));
        Assert.Equal(["Me", "Person", "Rota", "Match board", "Organisation", "Plan", "Audit"], Titles(Colleague(SupportClaims.DirectorRole)));
    }

    [Fact]
    public void An_admin_of_no_organisation_sees_none_of_the_care_pages()
    {
        var admin = new Actor("admin", "admin", [SupportClaims.AdminRole], null, null);

        Assert.Empty(Titles(admin));
        Assert.Empty(Navigation.For(admin));
    }

    [Fact]
    public void Only_pages_that_are_built_are_shown()
    {
        var director = Colleague(SupportClaims.DirectorRole);

        Assert.Contains("/me", Navigation.Built);
        Assert.All(Navigation.For(director), i => Assert.Contains(i.Href, Navigation.Built));
        Assert.Contains(Navigation.For(director), i => i.Href == Navigation.Home);
    }

    private static Actor Colleague(string role) => new("someone", "someone", ImmutableHashSet.Create(role), Organisation, "s-northfield-001");

    private static string[] Titles(Actor actor) => [.. Navigation.All.Where(i => i.MayUse(actor)).Select(i => i.Title)];
}
