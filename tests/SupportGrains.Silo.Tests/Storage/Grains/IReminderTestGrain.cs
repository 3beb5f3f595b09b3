using Orleans;

namespace SupportGrains.Silo.Tests.Storage;

public interface IReminderTestGrain : IGrainWithStringKey
{
    Task Register(string name, TimeSpan dueTime, TimeSpan period);

    Task<List<string>> List();

    Task Unregister(string name);
}
