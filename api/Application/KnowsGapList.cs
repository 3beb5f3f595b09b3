using System.Collections.Immutable;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Application;

/// <summary>The knows gaps a user may read, with the views of the people and colleagues they name (to name them without reading each again).</summary>
public sealed record KnowsGapList(ImmutableArray<KnowsGap> Gaps, OrganisationViews Views);
