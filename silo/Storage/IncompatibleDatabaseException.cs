namespace SupportGrains.Silo.Storage;

// Thrown at start-up instead of reusing data this storage layer did not create or cannot read.
public sealed class IncompatibleDatabaseException : Exception
{
    public IncompatibleDatabaseException(string message)
        : base(message)
    {
    }

    public IncompatibleDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IncompatibleDatabaseException()
    {
    }
}
