using System.Collections.Immutable;

namespace SupportGrains.Grains.Knows;

/// <summary>
/// DOMAIN.md "Knows": recording a link again keeps the later of the two last-together days (an
/// older date never replaces a newer one) and the earliest since; a day after today is refused.
/// </summary>
public static class KnowsLinks
{
    public static ImmutableArray<KnowsLink> Record(ImmutableArray<KnowsLink> links, string staffId, string? personId, string? colleagueId, DateOnly lastTogetherOn)
    {
        if ((personId is null) == (colleagueId is null))
        {
            throw DomainException.InvalidInput("Give exactly one of personId or colleagueId.");
        }

        if (colleagueId == staffId)
        {
            throw DomainException.InvalidInput($"Staff member {staffId} cannot be recorded as knowing themselves.");
        }

        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            if (link.Links(staffId, personId, colleagueId))
            {
                return links.SetItem(i, link with
                {
                    Since = link.Since < lastTogetherOn ? link.Since : lastTogetherOn,
                    LastTogetherOn = link.LastTogetherOn > lastTogetherOn ? link.LastTogetherOn : lastTogetherOn,
                });
            }
        }

        var added = colleagueId is null
            ? new KnowsLink(staffId, personId, null, lastTogetherOn, lastTogetherOn)
            : string.CompareOrdinal(staffId, colleagueId) < 0
                ? new KnowsLink(staffId, null, colleagueId, lastTogetherOn, lastTogetherOn)
                : new KnowsLink(colleagueId, null, staffId, lastTogetherOn, lastTogetherOn);
        return links.Add(added);
    }
}
