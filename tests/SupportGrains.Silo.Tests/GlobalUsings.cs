global using SupportGrains.Silo.Storage;
