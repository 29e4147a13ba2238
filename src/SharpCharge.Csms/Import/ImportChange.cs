namespace SharpCharge.Csms.Import;

/// <summary>What importing one record did: re-importing the same file gives <see cref="Unchanged"/> for every record.</summary>
internal enum ImportChange
{
    Created,
    Updated,
    Unchanged,
}
