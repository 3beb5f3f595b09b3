using System.Collections.Immutable;

namespace SupportGrains.Grains.Common;

/// <summary>Recording who knows whom.</summary>
public static class KnowsLinks
{
    /// <summary>Adds the link, or updates when they were last together (keeping the earliest "since").</summary>
    public static ImmutableArray<KnowsLink> Record(ImmutableArray<KnowsLink> links, string otherId, DateOnly lastTogetherOn)
    {
        for (var i = 0; i < links.Length; i++)
        {
            if (links[i].OtherId == otherId)
            {
                var since = links[i].Since < lastTogetherOn ? links[i].Since : lastTogetherOn;
                return links.SetItem(i, links[i] with { LastTogetherOn = lastTogetherOn, Since = since });
            }
        }

        return links.Add(new KnowsLink(otherId, lastTogetherOn, lastTogetherOn));
    }
}
