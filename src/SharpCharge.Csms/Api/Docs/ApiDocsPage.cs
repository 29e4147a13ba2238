namespace SharpCharge.Csms.Api.Docs;

/// <summary>
/// <c>GET /docs</c>: a small self-contained page that reads <c>/openapi/v1.json</c> and lists every route with its
/// parameters, request and response schemas, and lets you send a request (with an optional X-API-Key). No scripts
/// or styles come from elsewhere, so it works on a site without internet access.
/// </summary>
internal static class ApiDocsPage
{
    public static void MapApiDocs(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/docs", () => TypedResults.Content(Html, "text/html; charset=utf-8")).ExcludeFromDescription();

    private const string Html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>SharpCharge API</title>
        <style>
        body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}
        details{border:1px solid #ccc;border-radius:4px;margin:.4em 0;padding:.3em .6em}
        summary{cursor:pointer}.m{display:inline-block;width:4.5em;font-weight:bold}
        pre{background:#f6f6f6;padding:.5em;overflow:auto;max-height:25em}input,textarea{font:inherit}
        textarea{width:100%;height:6em}
        </style></head>
        <body><h1>SharpCharge REST API</h1>
        <p>The machine-readable description is <a href="/openapi/v1.json">/openapi/v1.json</a>.
        API key (X-API-Key, not needed on loopback): <input id="key" type="password" size="50"></p>
        <div id="ops">Loading…</div>
        <script>
        const el=(t,p={},...c)=>{const e=document.createElement(t);Object.assign(e,p);e.append(...c);return e};
        fetch('/openapi/v1.json').then(r=>r.json()).then(doc=>{
          const ops=document.getElementById('ops');ops.textContent='';
          const ref=s=>s&&s.$ref?doc.components.schemas[s.$ref.split('/').pop()]:s;
          for(const [path,item] of Object.entries(doc.paths)){
            for(const [method,op] of Object.entries(item)){
              const d=el('details');
              d.append(el('summary',{},el('span',{className:'m',textContent:method.toUpperCase()}),path+'  ',el('em',{textContent:op.summary||''})));
              const params=(op.parameters||[]);
              const inputs={};
              for(const p of params){const i=el('input',{placeholder:p.in+(p.required?' (required)':'')});inputs[p.name]=[p,i];d.append(el('div',{},p.name+' ',i))}
              let body=null;
              const content=op.requestBody&&op.requestBody.content&&op.requestBody.content['application/json'];
              if(content){d.append(el('div',{textContent:'Request body:'}),el('pre',{textContent:JSON.stringify(ref(content.schema),null,1)}));body=el('textarea');d.append(body)}
              for(const [code,r] of Object.entries(op.responses||{})){const c=r.content&&Object.values(r.content)[0];d.append(el('div',{textContent:code+' '+(r.description||'')}),c?el('pre',{textContent:JSON.stringify(ref(c.schema),null,1)}):'')}
              const out=el('pre');
              d.append(el('button',{textContent:'Send',onclick:async()=>{
                let url=path;const q=new URLSearchParams();
                for(const [n,[p,i]] of Object.entries(inputs)){if(!i.value)continue;if(p.in==='path')url=url.replace('{'+n+'}',encodeURIComponent(i.value));else q.append(n,i.value)}
                const h={};const k=document.getElementById('key').value;if(k)h['X-API-Key']=k;if(body)h['Content-Type']='application/json';
                const r=await fetch(url+(q.size?'?'+q:''),{method:method.toUpperCase(),headers:h,body:body&&body.value?body.value:undefined});
                out.textContent=r.status+' '+r.statusText+'\n'+await r.text()}}),out);
              ops.append(d)}}})
        </script></body></html>
        """;
}
