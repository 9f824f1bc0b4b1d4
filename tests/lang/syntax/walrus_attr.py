class C: pass
c = C()
if (c.x := 1): pass
