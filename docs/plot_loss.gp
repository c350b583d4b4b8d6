# Plots a training history written by a ctnn example (a CSV file with columns epoch,loss).
# usage: gnuplot -e "history='xor_loss.csv'; image='xor_loss.png'" docs/plot_loss.gp
if (!exists("history")) history = 'xor_loss.csv'
if (!exists("image")) image = 'xor_loss.png'
set terminal pngcairo size 720,420 font ",11"
set output image
set datafile separator ","
set key off
set title "Mean training loss per epoch"
set xlabel "epoch"
set ylabel "loss (binary cross-entropy)"
set logscale y
set grid
plot history using 1:2 skip 1 with lines linewidth 2
