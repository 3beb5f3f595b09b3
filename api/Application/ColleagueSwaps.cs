using System.Collections.Immutable;

namespace SupportGrains.Api.Application;

/// <summary>The open swaps a colleague proposed, and those proposed by others in their teams that they could take (offered to anyone, or to them).</summary>
public sealed record ColleagueSwaps(ImmutableArray<SwapOffer> Mine, ImmutableArray<SwapOffer> CouldTake);
