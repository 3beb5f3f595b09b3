using System.Data.Common;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Application;

/// <summary>
/// A grain that cannot be read because the store is down (PostgreSQL stopped, the SQLite file
/// unwritable or gone) fails its activation with Orleans' "Error from storage provider" wrapping
/// the database's own exception. That is not a fault of the request: it is answered as
/// STORE_UNAVAILABLE, like a write the store did not confirm, rather than masked as an internal error.
/// </summary>
public static class StoreFailures
{
    /// <summary>The refusal to answer for this exception when the store caused it; null when it did not.</summary>
    public static DomainException? AsRefusal(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return IsStoreFailure(exception)
            ? new DomainException(ErrorCode.StoreUnavailable,
                "The store (the database) did not answer, so this could not be done and nothing of it is kept. Try again shortly; a change sent again with the same clientMutationId is applied at most once.")
            : null;
    }

    private static bool IsStoreFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException || (e is Orleans.Runtime.OrleansException && e.Message.StartsWith("Error from storage provider", StringComparison.Ordinal)))
            {
                return true;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsStoreFailure))
            {
                return true;
            }
        }

        return false;
    }
}
