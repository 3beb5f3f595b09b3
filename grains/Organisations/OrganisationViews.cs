using System.Collections.Immutable;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Organisations;

/// <summary>Views of some of the organisation's people and colleagues, read from its kept snapshot in one call.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.OrganisationViews")]
public sealed record OrganisationViews(ImmutableArray<PersonView> People, ImmutableArray<StaffView> Staff);
