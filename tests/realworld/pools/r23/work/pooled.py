"""Pool the 'all' scores of blind sets (first_run.json or a given json per set): counts summed, rates weighted."""
import json, sys
sets = sys.argv[1:]
T = dict(gold=0, pred=0, tp=0, ind=0, idn=0, idok=0, pas=0, tt=0, iso=0)
for s in sets:
    d = json.load(open(s))["all"]
    g, p = d["figures_gold"], d["figures_pred"]
    T["gold"] += g; T["pred"] += p; T["tp"] += round(d["recall"] * g)
    T["ind"] += round(d["indicator"] * g); T["idn"] += d["indicator_id_gold"]; T["idok"] += round(d["indicator_id"] * d["indicator_id_gold"])
    T["pas"] += d["passages"]; T["tt"] += round(d["theme_topics_table"] * d["passages"]); T["iso"] += round(d["theme_isolated"] * d["passages"])
    print(f"{s}: P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} ind {d['indicator']:.3f} id {d['indicator_id']:.3f} ({d['indicator_id_gold']:.0f}) themes {d['theme_topics_table']:.3f}/{d['theme_isolated']:.3f} NMI {d['topic_nmi']:.3f}")
P = T["tp"] / T["pred"]; R = T["tp"] / T["gold"]
print(f"pooled: P {T['tp']:.0f}/{T['pred']:.0f}={P:.3f} R {T['tp']:.0f}/{T['gold']:.0f}={R:.3f} F1 {2*P*R/(P+R):.3f} "
      f"indicator {T['ind']:.0f}/{T['gold']:.0f}={T['ind']/T['gold']:.3f} id {T['idok']:.0f}/{T['idn']:.0f}={T['idok']/T['idn']:.3f} "
      f"themes {T['tt']:.0f}/{T['pas']:.0f}={T['tt']/T['pas']:.3f} iso {T['iso']/T['pas']:.3f}")
