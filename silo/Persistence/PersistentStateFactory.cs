using System.Collections.Concurrent;
using System.Reflection;
using SupportGrains.Silo.Runtime;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Persistence;

/// <summary>Creates the <see cref="IPersistentState{TState}"/> a grain constructor asks for.</summary>
internal static class PersistentStateFactory
{
    private static readonly ConcurrentDictionary<Type, Func<Activation, IGrainStorage, string, object>> Factories = new();

    public static Func<Activation, IGrainStorage, string, object> For(Type stateType) =>
        Factories.GetOrAdd(stateType, static t =>
        {
            if (t.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new InvalidOperationException($"State type {t.Name} needs a public parameterless constructor.");
            }

            var method = typeof(PersistentStateFactory)
                .GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(t);
            return method.CreateDelegate<Func<Activation, IGrainStorage, string, object>>();
        });

    private static object Create<TState>(Activation activation, IGrainStorage storage, string stateName)
        where TState : new() => new PersistentState<TState>(activation, storage, stateName);
}
