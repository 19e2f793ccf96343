literal $${name} and %%{ if } and \\n, then ${name}
%{ if admin }admin%{ else }user%{ endif }
