// The central system's composition root is being built; this placeholder keeps the README command stable.
Console.WriteLine("SharpCharge central system: not built yet.");
