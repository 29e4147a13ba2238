using Microsoft.AspNetCore.Mvc;

namespace SharpCharge.Csms.Api;

/// <summary>The paging parameters every list accepts: <c>page</c> and <c>page_size</c>, or <c>limit</c> and <c>offset</c>.</summary>
internal sealed record PagingQuery(
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "page_size")] int? PageSize,
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "offset")] int? Offset);
