before
  %{~ if true ~}
  inside
  %{~ endif ~}
after ${missing}
