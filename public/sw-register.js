(()=>{
const n=navigator.serviceWorker,s=document.currentScript;
if(!n||!s)return;
const u=new URL('sw.js',s.src),d=document.createElement('div'),b=document.createElement('button');
let c,g;
d.id='sw-update';
d.className='notice notice-info';
d.role='status';
d.style.cssText='position:fixed;right:9px;bottom:9px;z-index:9;margin:0';
d.append('本站已更新。刷新页面即可使用新版本。 ',b);
b.textContent='刷新';
b.onclick=()=>(c=g.waiting)?c.postMessage('skipWaiting'):location.reload();
const show=()=>n.controller&&document.body.append(d);
const go=()=>n.register(u,{scope:new URL('./',u).pathname}).then(r=>{
if(!(g=r))return;
r.waiting&&show();
r.onupdatefound=w=>{w=r.installing;w.onstatechange=()=>w.state=='installed'&&show()};
},()=>{});
const idle=()=>setTimeout(()=>self.requestIdleCallback?requestIdleCallback(go,{timeout:3e3}):go(),3e3);
document.readyState=='complete'?idle():addEventListener('load',idle);
n.addEventListener('controllerchange',()=>c&&location.reload());
})();
