using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Hosting;

/// <summary>Registers storage providers by name, as <c>[PersistentState(stateName, storageName)]</c> refers to them.</summary>
public static class SiloBuilderStorageExtensions
{
    /// <summary>Registers a grain storage provider under <paramref name="name"/>, replacing any earlier one.</summary>
    public static ISiloBuilder AddGrainStorage(this ISiloBuilder silo, string name, Func<IServiceProvider, IGrainStorage> factory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        silo.Services.RemoveAllKeyed<IGrainStorage>(name);
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => factory(sp));
        return silo;
    }

    /// <summary>Sets where reminders are persisted, replacing any earlier reminder table.</summary>
    public static ISiloBuilder UseReminderTable(this ISiloBuilder silo, Func<IServiceProvider, IReminderTable> factory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(factory);
        silo.Services.RemoveAll<IReminderTable>();
        silo.Services.AddSingleton(factory);
        return silo;
    }
}
